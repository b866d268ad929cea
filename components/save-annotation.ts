import { isRefused, sendToBackground, type WriteRefused } from '@/lib/messages';
import type { NewAnnotation } from '@/lib/store';
import { t } from './i18n';

/**
 * Has the background store the reader's annotation (from a web page or the
 * PDF viewer); resolves to nothing once it is stored, or to what the reader is
 * told when it was not: why, in words they can act on, and that what they
 * wrote is still in the form.
 */
export async function saveAnnotation(annotation: NewAnnotation): Promise<string | undefined> {
  // no answer at all: the extension was reloaded or updated under the page
  const reply = await sendToBackground({ type: 'annotation/create', annotation }).catch(() => undefined);
  return reply && !isRefused(reply) ? undefined : saveFailureMessage(reply);
}

/** `reply` is the background's refusal, or nothing when it did not answer. */
function saveFailureMessage(reply: WriteRefused | undefined): string {
  const reason = !reply
    ? t('saveReasonNoAnswer')
    : reply.refused === 'QuotaExceededError'
      ? t('saveReasonStorageFull')
      : t('saveReasonRefused', reply.refused);
  return t('pageAnnotationFailed', reason);
}
