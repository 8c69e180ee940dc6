import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorScreen } from './ErrorScreen';
import { reportError } from './report-error';

interface Props {
  children: ReactNode;
  /** Outside the router (around the whole app) the way home is a reload. */
  outsideRouter?: boolean;
  /** A new value (the next route) gives the screen another chance. */
  resetKey?: string;
}

/** A component boundary: catches what a route's own `errorElement` cannot (the providers, the shell). */
export class ErrorBoundary extends Component<Props, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    reportError(error, window.location.hash.slice(1) || '/', info.componentStack);
  }

  override componentDidUpdate(previous: Props) {
    if (this.state.error !== null && previous.resetKey !== this.props.resetKey)
      this.setState({ error: null });
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return <ErrorScreen standalone={this.props.outsideRouter} outsideRouter={this.props.outsideRouter} />;
  }
}
