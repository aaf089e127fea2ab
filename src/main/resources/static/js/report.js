// Copy the report section as plain text (with footnotes) to the clipboard; no inline script (CSP script-src 'self').
(function () {
  const button = document.getElementById('copy-report');
  if (!button) {
    return;
  }
  const done = document.getElementById('copy-done');
  const source = document.getElementById(button.dataset.copySource);

  function shown() {
    done.classList.remove('d-none');
    setTimeout(function () { done.classList.add('d-none'); }, 3000);
  }

  function fallback(text) {
    source.classList.remove('visually-hidden');
    source.value = text;
    source.select();
    const ok = document.execCommand && document.execCommand('copy');
    source.classList.add('visually-hidden');
    if (ok) {
      shown();
    }
  }

  button.addEventListener('click', function () {
    const text = source.value;
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(shown, function () { fallback(text); });
    } else {
      fallback(text);
    }
  });
})();
