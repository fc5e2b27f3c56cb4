import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorPanel } from './error-panel';
import { tryPartsAgain } from './load-part';

interface Props {
  children: ReactNode;
  /** What failed, for the message: "the timeline", "the details panel"… */
  area?: string;
  /** A second way out when trying again would fail the same way: "Close the details". */
  recover?: { label: string; action: () => void };
  /** When this changes (another event, another view), the part gets a fresh start. */
  resetKey?: unknown;
}
interface State {
  error: Error | null;
}

/**
 * Keeps one failing part from blanking the page: the rest of the app goes on working, and the
 * reader sees what failed, can try again, or take the way out the part offers.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override componentDidUpdate(prev: Props) {
    if (this.state.error && !Object.is(prev.resetKey, this.props.resetKey)) {
      this.setState({ error: null });
    }
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { area, recover } = this.props;
    return (
      <ErrorPanel
        title={`Something went wrong in ${area ?? 'Stanceline'}`}
        message={`${error.message || String(error)} The rest of the page still works.`}
        onRetry={() => {
          // Code that could not be fetched is fetched again, rather than the failure kept.
          tryPartsAgain();
          this.setState({ error: null });
        }}
        level={area ? 3 : 2}
        actions={
          recover && (
            <button
              type="button"
              className="btn"
              onClick={() => {
                this.setState({ error: null });
                recover.action();
              }}
            >
              {recover.label}
            </button>
          )
        }
      />
    );
  }
}
