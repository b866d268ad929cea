import type { WriteRefused } from '@/lib/messages';
import { t } from './i18n';

/**
 * What the reader is told when an annotation was not saved: why, in words
 * they can act on, and that what they wrote is still in the form.
 * `reply` is the background's refusal, or nothing when it did not answer.
 */
export function saveFailureMessage(reply: WriteRefused | null | undefined): string {
  const reason = !reply
    ? t('saveReasonNoAnswer')
    : reply.refused === 'QuotaExceededError'
      ? t('saveReasonStorageFull')
      : t('saveReasonRefused', reply.refused);
  return t('pageAnnotationFailed', reason);
}
