// The parent side of the iframe embed, as the README documents it.
window.addEventListener('message', (event) => {
  const frame = document.getElementById('frame');
  if (event.source !== frame.contentWindow) return;
  if (event.data && event.data.type === 'aiw-embed-height' && typeof event.data.height === 'number') {
    frame.style.height = `${event.data.height}px`;
  }
});
