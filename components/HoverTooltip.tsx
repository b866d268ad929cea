import type { HoverTarget } from '@/lib/annotations/reading-session';
import { describeEntity } from '@/lib/core/describe-entity';
import type { Entity } from '@/lib/core/types';
import { ANNOTATION_KIND_LABEL } from './EntityCounts';
import { t } from './i18n';
import { placeBeside } from './placement';

/** Where the pointer was. */
export interface PointerAt {
  x: number;
  y: number;
}

/**
 * Calls `atPoint` with where the pointer is, at most once per frame however
 * fast it moves: each call is a hit test over the text. `move` takes the
 * pointer's events; `cancel` drops a call still waiting for its frame.
 */
export function oncePerFrame(atPoint: (at: PointerAt) => void): { move(event: MouseEvent): void; cancel(): void } {
  let frame = 0;
  return {
    move(event) {
      if (frame) return;
      const at = { x: event.clientX, y: event.clientY };
      frame = requestAnimationFrame(() => {
        frame = 0;
        atPoint(at);
      });
    },
    cancel() {
      cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}

/** What the tooltip over a highlight says: the kind, then the canonical wording or the reader's note. */
export function hoverWording(hit: HoverTarget, resolve: (id: string) => Entity | undefined): { kind: string; text: string } {
  if ('entity' in hit) return { kind: t(ANNOTATION_KIND_LABEL[hit.entity.kind]), text: describeEntity(hit.entity, resolve) };
  const { body } = hit.annotation;
  return { kind: t('pageYourNote'), text: body.note || t(ANNOTATION_KIND_LABEL[body.kind]) };
}

interface Props {
  at: PointerAt;
  kind: string;
  text: string;
  class: string;
  testId: string;
}

/** The tooltip beside the pointer over a highlight, on web pages and on the PDF viewer's text layers. */
export function HoverTooltip({ at, kind, text, class: className, testId }: Props) {
  return (
    <div class={className} role="tooltip" data-testid={testId} style={placeBeside({ x: at.x + 12, top: at.y, bottom: at.y + 12 }, 360, 60)}>
      <span class="kind">{kind}</span>
      {text}
    </div>
  );
}
