import type { ComponentChildren } from 'preact';

export function EmptyState({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <section class="soi-empty" role="status">
      <h2>{title}</h2>
      {children}
    </section>
  );
}
