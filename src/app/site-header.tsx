import type { ReactNode } from 'react';
import { useTheme } from './theme';
import { DataMenu } from './data-menu';
import { OpenFileButton } from './open-file-button';

interface Props {
  title: string | null;
  description: string | null;
  /** The search box and view switch, once a dataset is loaded. */
  tools?: ReactNode;
  onShortcuts?: () => void;
  /** Details about the data, under the title. */
  about?: ReactNode;
}

/** The banner: brand, the dataset's title as the page's h1, and the global tools. */
export function SiteHeader({ title, description, tools, onShortcuts, about }: Props) {
  const [theme, toggleTheme] = useTheme();
  return (
    <header className="site-header">
      <div className="titles">
        <p className="brand">Stanceline</p>
        {title ? <h1>{title}</h1> : <h1>Stanceline</h1>}
        {description && <p className="lede">{description}</p>}
        {about}
      </div>
      <div className="header-tools">
        <div className="record-tools">
          <DataMenu />
          <OpenFileButton />
        </div>
        {tools}
        <button type="button" className="btn" aria-pressed={theme === 'dark'} onClick={toggleTheme}>
          Dark theme
        </button>
        {onShortcuts && (
          <button type="button" className="btn" aria-haspopup="dialog" onClick={onShortcuts}>
            Shortcuts <kbd aria-hidden="true">?</kbd>
          </button>
        )}
      </div>
    </header>
  );
}
