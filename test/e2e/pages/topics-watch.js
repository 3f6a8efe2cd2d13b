// Records every hw-content-error on the page, with the element and topic it came from.
window.contentErrors = [];
document.addEventListener('hw-content-error', (event) =>
  window.contentErrors.push({
    tag: event.target.localName,
    topic: event.target.getAttribute('topic'),
    problems: event.detail.problems,
  }),
);
