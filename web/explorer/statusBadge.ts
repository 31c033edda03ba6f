/** A relation status as a small badge, styled by its family (established, tentative, former, negative). */
import { el } from './dom';
import { humanise, STATUS_FAMILY_STYLES, statusFamily } from './kinds';

export function statusBadge(status: string): HTMLElement {
  const family = statusFamily(status);
  return el('span', {
    className: `status status-${family}`,
    text: humanise(status),
    title: STATUS_FAMILY_STYLES[family].label,
  });
}
