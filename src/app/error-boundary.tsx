import { Component, type ReactNode } from 'react'
import { AppErrorPage } from './app-error-page'

/** Catches render bugs anywhere below, so the page says what happened and offers a way back instead of going blank. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  state = { error: undefined as unknown }

  static getDerivedStateFromError(error: unknown) {
    return { error }
  }

  render() {
    return this.state.error === undefined ? this.props.children : <AppErrorPage error={this.state.error} />
  }
}
