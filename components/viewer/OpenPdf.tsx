import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '@/components/i18n';

interface Props {
  onFile: (file: File) => void;
  children?: ComponentChildren;
}

/** Drop zone and file picker for local PDFs; wraps whatever the viewer shows meanwhile. */
export function OpenPdf({ onFile, children }: Props) {
  const [dragging, setDragging] = useState(false);
  const pick = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) onFile(file);
  };
  return (
    <div
      class={`soi-pdf-drop${dragging ? ' soi-pdf-dragging' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        pick(event.dataTransfer?.files);
      }}
    >
      <label class="soi-button soi-button-quiet soi-pdf-open">
        {t('viewerOpenFile')}
        <input
          type="file"
          accept="application/pdf,.pdf"
          data-testid="pdf-file-input"
          onChange={(event) => pick(event.currentTarget.files)}
        />
      </label>
      {children}
    </div>
  );
}
