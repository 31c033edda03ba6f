/**
 * Entry point of the review bundle (scripts/build-review.mjs): /review lists the ingested sources,
 * /review/<source id> reviews one.
 */
import './review.css';
import { ReviewPage } from './reviewPage';
import { showSourceList } from './sourceList';
import { TokenField } from './tokenField';

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the page has no #${id}`);
  return found as T;
}

const sourceId = decodeURIComponent(location.pathname.replace(/^\/review\/?/, '').replace(/\/$/, ''));
document.body.dataset.mode = sourceId ? 'source' : 'list';
const started = sourceId
  ? new ReviewPage(sourceId, new TokenField(element('token'), element('token-status'))).start()
  : showSourceList(element('document'));

started.catch((error: unknown) => {
  const message = element('action-message');
  message.textContent = `The review page failed to start: ${error instanceof Error ? error.message : String(error)}`;
  message.dataset.kind = 'error';
  throw error;
});
