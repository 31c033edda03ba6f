/**
 * Entry point of the explorer bundle (scripts/build-explorer.mjs): the stylesheet, then the page.
 */
import './explorer.css';
import { ExplorerPage } from './explorerPage';

new ExplorerPage().start().catch((error: unknown) => {
  const message = document.getElementById('graph-message');
  if (message) {
    message.textContent = `The explorer failed to start: ${error instanceof Error ? error.message : String(error)}`;
    message.dataset.kind = 'error';
  }
  throw error;
});
