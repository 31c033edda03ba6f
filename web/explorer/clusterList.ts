/**
 * The hub's clusters as a list of buttons beside the drawing (issue 17): the same clusters as the drawing's cluster
 * nodes, reachable with the keyboard (Tab, then Enter opens one and closes the one open before; Enter again
 * closes it). Empty, and hidden, when the centre is not a hub.
 */
import { clusterLabel, type Clustering } from './clusters';
import { el } from './dom';

export function renderClusterList(
  container: HTMLElement,
  clustering: Clustering,
  onToggle: (key: string, open: boolean) => void,
): void {
  if (clustering.clusters.length === 0) {
    container.replaceChildren();
    container.hidden = true;
    return;
  }
  container.hidden = false;
  const focusedKey =
    document.activeElement instanceof HTMLButtonElement && container.contains(document.activeElement)
      ? (document.activeElement.dataset.cluster ?? null)
      : null;
  const list = el('ul', { className: 'cluster-list' });
  for (const cluster of clustering.clusters) {
    const [head, statuses] = clusterLabel(cluster).split('\n');
    list.append(
      el(
        'li',
        {},
        el(
          'button',
          {
            className: cluster.expanded ? 'cluster-button open' : 'cluster-button',
            attrs: { type: 'button', 'aria-expanded': String(cluster.expanded) },
            dataset: { cluster: cluster.key },
            on: { click: () => onToggle(cluster.key, !cluster.expanded) },
          },
          el('span', { className: 'cluster-head', text: head }),
          el('span', { className: 'cluster-statuses muted', text: statuses }),
        ),
      ),
    );
  }
  container.replaceChildren(
    el(
      'fieldset',
      { id: 'filter-clusters' },
      el('legend', { text: 'Neighbours grouped' }),
      el('p', { className: 'muted', text: 'Open a group to draw its members; one at a time.' }),
      list,
    ),
  );
  if (focusedKey) container.querySelector<HTMLElement>(`button[data-cluster="${CSS.escape(focusedKey)}"]`)?.focus();
}
