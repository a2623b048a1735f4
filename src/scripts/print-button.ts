/** Print buttons, and collapsed sections opened for printing. */
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
// Collapsed sections print expanded.
window.addEventListener('beforeprint', () => {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('main details:not([open])')) {
    details.open = true;
    details.dataset.printOpened = '';
  }
});
window.addEventListener('afterprint', () => {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-print-opened]')) {
    details.open = false;
    delete details.dataset.printOpened;
  }
});
