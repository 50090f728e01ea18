/*
 * Compute Deal Calculator — optional host script for embeds.
 * Resizes every <iframe data-compute-deal-calculator> on the page to the height its content
 * reports. Each message is matched to the frame that sent it, so several embeds on one page
 * never swap heights. No third party, no cookies, no tracking.
 */
(function () {
  'use strict';
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'compute-deal-calculator:height') return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0 || height > 20000) return;
    var frames = document.querySelectorAll('iframe[data-compute-deal-calculator]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + 'px';
      }
    }
  });
})();
