import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaInfo, MediaKind } from '../../../electron/shared/media.types';
import { invoke, shellChoosesFiles, upload } from '../lib/api';

const ACCEPT: Record<MediaKind, string> = {
  image: 'image/*',
  video: 'video/mp4,video/webm',
  audio: 'audio/mpeg,audio/mp4,audio/webm',
  model: '.glb,model/gltf-binary',
};

/**
 * A big button that puts one file into the media store. In Electron the main process opens its
 * own file dialog and reads the file there (`media.importFile`); in a browser (a staff desk) it is
 * a file input that opens the system's chooser, then streams the file up. For staff screens only:
 * a visitor's kiosk never offers the system's file chooser.
 */
export function MediaPickButton(props: {
  kinds: readonly MediaKind[];
  label: string;
  onPicked: (media: MediaInfo) => void;
  onError: (error: unknown) => void;
  className?: string;
}) {
  const { kinds, label, onPicked, onError, className = 'btn btn-secondary btn-large' } = props;
  const { t } = useTranslation();
  const inputId = useId();
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<MediaInfo | null>) => {
    setBusy(true);
    try {
      const media = await work();
      if (media) onPicked(media);
    } catch (err) {
      onError(err);
    } finally {
      setBusy(false);
    }
  };
  const text = busy ? t('media.uploading') : label;

  if (shellChoosesFiles()) {
    return (
      <button
        type="button"
        className={className}
        disabled={busy}
        onClick={() => void run(() => invoke('media.importFile', { kinds: [...kinds] }))}
      >
        {text}
      </button>
    );
  }
  return (
    <span className={`media-pick ${className}`} aria-busy={busy} data-disabled={busy || undefined}>
      <input
        id={inputId}
        type="file"
        className="visually-hidden"
        accept={kinds.map((k) => ACCEPT[k]).join(',')}
        disabled={busy}
        onChange={(e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          // The same file chosen again after a refusal must fire a change again.
          input.value = '';
          if (file) void run(() => upload(file, kinds));
        }}
      />
      <label htmlFor={inputId}>{text}</label>
    </span>
  );
}
