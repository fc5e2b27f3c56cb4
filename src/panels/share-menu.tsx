import { lazy, Suspense, useState } from 'react';
import { MenuButton, type MenuItem } from '../ui/menu-button';

/** Loaded when it is first opened: the first view shows only the menu's button. */
const EmbedDialog = lazy(() => import('./embed-dialog').then((m) => ({ default: m.EmbedDialog })));

interface Props {
  /** Shares or copies the link of the view on screen. */
  onCopyLink: () => void;
  /** The embed link of the view on screen. */
  embedUrl: () => string;
  datasetTitle: string;
  onCopy: (text: string, what: string) => void;
}

/** The "Share" menu: the view's link, its `<iframe>` code, and a printout. */
export function ShareMenu({ onCopyLink, embedUrl, datasetTitle, onCopy }: Props) {
  const [embedOpen, setEmbedOpen] = useState(false);
  const items: MenuItem[] = [
    { id: 'link', label: 'Copy link', onSelect: onCopyLink },
    { id: 'embed', label: 'Embed code…', onSelect: () => setEmbedOpen(true) },
    {
      id: 'print',
      label: 'Print…',
      detail: 'the events as a list',
      onSelect: () => window.print(),
    },
  ];
  return (
    <>
      <MenuButton label="Share" items={items} />
      {embedOpen && (
        <Suspense fallback={null}>
          <EmbedDialog
            open={embedOpen}
            onClose={() => setEmbedOpen(false)}
            url={embedUrl()}
            title={datasetTitle}
            onCopy={onCopy}
          />
        </Suspense>
      )}
    </>
  );
}
