import type { ReactNode } from 'react';
import { useTheme } from './theme';
import { DataMenu } from './data-menu';
import { OpenFileButton } from './open-file-button';
import { Toolbar } from '../ui/toolbar';

interface Props {
  title: string | null;
  description: string | null;
  /** The search box, the view switch and the Filters button, once a dataset is loaded. */
  tools?: ReactNode;
  /** Share and Download, once a dataset is loaded: first in the row of page actions. */
  actions?: ReactNode;
  onShortcuts?: () => void;
  /** Details about the data, under the title. */
  about?: ReactNode;
}

/** The banner: brand, the dataset's title as the page's h1, and the global tools. */
export function SiteHeader(p: Props) {
  const { title, description, tools, actions, onShortcuts, about } = p;
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
        {/* Groups of buttons are one Tab stop each, arrows inside: the page stays quick to
            pass on the way to the timeline. */}
        <Toolbar label="Datasets and files" className="record-tools">
          <DataMenu />
          <OpenFileButton />
        </Toolbar>
        {tools}
        <Toolbar label={actions ? 'Share and settings' : 'Settings'} className="page-tools">
          {actions}
          <button
            type="button"
            className="btn"
            aria-pressed={theme === 'dark'}
            onClick={toggleTheme}
          >
            Dark theme
          </button>
          {onShortcuts && (
            <button type="button" className="btn" aria-haspopup="dialog" onClick={onShortcuts}>
              Shortcuts <kbd aria-hidden="true">?</kbd>
            </button>
          )}
        </Toolbar>
      </div>
    </header>
  );
}
