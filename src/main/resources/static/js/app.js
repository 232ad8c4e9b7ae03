// Desa Sadar: the only script of the pages (no inline scripts, for the Content-Security-Policy).
// htmx requests carry the CSRF token of the page, as forms do.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A request of the page that could not be sent (no network at the village) or failed on the server: say so, and
// leave the page as it is, the form keeping what was typed, rather than nothing visibly happening.
function showRequestFailed(shown) {
  var banner = document.getElementById("request-failed");
  if (banner) {
    banner.classList.toggle("d-none", !shown);
  }
}
document.addEventListener("htmx:beforeRequest", function () {
  showRequestFailed(false);
});
document.addEventListener("htmx:sendError", function () {
  showRequestFailed(true);
});
document.addEventListener("htmx:responseError", function () {
  showRequestFailed(true);
});

// A session that ended (idle too long) answers with the sign-in page: go there rather than showing it inside
// a part of this page.
document.addEventListener("htmx:beforeSwap", function (event) {
  var answeredFrom = event.detail.xhr.responseURL;
  if (answeredFrom && new URL(answeredFrom).pathname === "/login") {
    event.detail.shouldSwap = false;
    window.location.assign(answeredFrom);
  }
});

// The booth answers a registration with its status alone (tally and outcome, about a kilobyte on a village
// network), and the form is blanked here from a copy of it as the page was loaded: blank, with the event's
// village. A refused registration is answered with 400 or 409 and the whole desk, the form showing what is wrong:
// swap it in like a success (htmx leaves error answers unswapped). Then the cursor goes to the first field to mend,
// or to the NIK of the next worker.
var boothForm = document.querySelector("#booth-desk form");
var blankBoothForm = boothForm ? boothForm.cloneNode(true) : null;
document.addEventListener("htmx:beforeSwap", function (event) {
  if (event.detail.target.id === "booth-desk" && (event.detail.xhr.status === 400 || event.detail.xhr.status === 409)) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});
document.addEventListener("htmx:afterSettle", function (event) {
  var target = event.detail.target.id;
  if (target === "booth-status" && blankBoothForm) {
    var blank = blankBoothForm.cloneNode(true);
    document.querySelector("#booth-desk form").replaceWith(blank);
    htmx.process(blank);
  }
  if (target === "booth-desk" || target === "booth-status") {
    var field = document.querySelector("#booth-desk [aria-invalid='true']") || document.getElementById("nik");
    if (field) {
      field.focus();
    }
  }
});
