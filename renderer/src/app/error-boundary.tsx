import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function BoundaryMessage({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="boundary" role="alert">
      <h2>{t('boundary.title')}</h2>
      <p>{t('boundary.body')}</p>
      <button type="button" className="button" onClick={onReload}>
        {t('boundary.reload')}
      </button>
    </div>
  );
}

interface Props {
  children: ReactNode;
  onReload?: () => void;
}

/** A render error shows a translated sentence; the stack goes to the console only (for developers). */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Render error', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const reload = this.props.onReload ?? (() => this.setState({ failed: false }));
    return <BoundaryMessage onReload={reload} />;
  }
}
