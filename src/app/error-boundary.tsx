import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** What failed, for the message: "the timeline", "the details panel"… */
  area?: string;
}
interface State {
  error: Error | null;
}

/**
 * Keeps one failing part from blanking the page: the rest of the app goes on working and the
 * reader sees what failed and can retry.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div role="alert" className="error-box">
        <h2>Something went wrong in {this.props.area ?? 'Stanceline'}</h2>
        <p>{error.message}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
