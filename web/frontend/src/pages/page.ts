/** A page of the single-page app: rendered into the main element, disposed when the route changes. */
export interface Page { dispose(): void }

export function errorBox(message: string, id?: string): HTMLElement {
  const div = document.createElement('div');
  div.className = 'alert error';
  if (id) div.id = id;
  div.setAttribute('role', 'alert');
  div.textContent = message;
  return div;
}
