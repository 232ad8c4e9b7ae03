// Desa Sadar: the script of every page (no inline scripts, for the Content-Security-Policy). The booth has its own
// (js/booth.js), as has the registration form (js/registration.js).

// The menu's button on a phone folds the menu open and shut. Bootstrap's own script does it too, but it is 17 KB on a
// village network for this one toggle (its style sheet does the rest: .collapse shows with .show).
document.addEventListener("click", function (event) {
  var toggler = event.target.closest && event.target.closest("[data-bs-toggle='collapse']");
  var menu = toggler && document.querySelector(toggler.getAttribute("data-bs-target"));
  if (menu) {
    toggler.setAttribute("aria-expanded", String(menu.classList.toggle("show")));
  }
});
// htmx requests carry the CSRF token of the page, as forms do.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A check of one field as it is filled in (htmx, on change) is a help, not a request the user made: when it cannot be
// sent (no network at the village) nothing is said, and the form is checked again when it is sent.
function isFieldCheck(event) {
  var path = (event.detail.pathInfo && event.detail.pathInfo.requestPath) || "";
  return /\/workers\/(new\/check|new\/village|villages)/.test(path);
}

// A request of the page that could not be sent or failed on the server: say so, and leave the page as it is, the
// form keeping what was typed, rather than nothing visibly happening.
function showRequestFailed(shown) {
  var banner = document.getElementById("request-failed");
  if (banner) {
    banner.classList.toggle("d-none", !shown);
  }
}
document.addEventListener("htmx:beforeRequest", function () {
  showRequestFailed(false);
});
document.addEventListener("htmx:sendError", function (event) {
  showRequestFailed(!isFieldCheck(event));
});
document.addEventListener("htmx:responseError", function (event) {
  showRequestFailed(!isFieldCheck(event));
});

// An answer to a check never undoes what was typed or chosen after the check was sent: the answer of a field is
// applied only if the field still holds what was sent, and the programs and payer it may bring along (out of band)
// only if they are still as they were. A later change sends a check of its own.
function fieldValue(form, name) {
  var field = form && name ? form.elements.namedItem(name) : null;
  if (!field) {
    return null;
  }
  if (field instanceof RadioNodeList) {
    return Array.prototype.map.call(field, function (f) { return f.type === "checkbox" || f.type === "radio" ? f.checked : f.value; }).join("|");
  }
  return field.type === "checkbox" ? String(field.checked) : field.value;
}
function planValues(form) {
  return form ? ["programs", "payer", "sponsorName"].map(function (name) { return fieldValue(form, name); }).join("/") : "";
}
var planChangedSinceSent = false;
document.addEventListener("htmx:beforeRequest", function (event) {
  var elt = event.detail.elt;
  var form = elt && elt.form;
  if (form && elt.name) {
    event.detail.xhr.desaSadarSent = { form: form, name: elt.name, value: fieldValue(form, elt.name), plan: planValues(form) };
  }
});
document.addEventListener("htmx:beforeSwap", function (event) {
  var sent = event.detail.xhr && event.detail.xhr.desaSadarSent;
  planChangedSinceSent = !!sent && planValues(sent.form) !== sent.plan;
  if (sent && fieldValue(sent.form, sent.name) !== sent.value) {
    event.detail.shouldSwap = false;
  }
});
document.addEventListener("htmx:oobBeforeSwap", function (event) {
  if (planChangedSinceSent && event.detail.target && event.detail.target.id === "plan") {
    event.detail.shouldSwap = false;
  }
});
document.addEventListener("htmx:afterSettle", function () {
  planChangedSinceSent = false;
});

// A session that ended (idle too long) answers with the sign-in page: go there rather than showing it inside a part
// of this page. What was typed into a form that keeps a draft is still there when the officer comes back.
document.addEventListener("htmx:beforeSwap", function (event) {
  var answeredFrom = event.detail.xhr.responseURL;
  if (answeredFrom && new URL(answeredFrom).pathname === "/login") {
    event.detail.shouldSwap = false;
    window.location.assign(answeredFrom);
  }
});

// A form with data-draft keeps what is typed in the tab's session storage, so that a reload, a lost network or a
// session that ended does not lose it; the page that says it was saved (data-draft-done) clears it. Restored only
// into a blank form (data-draft-restore), never over what the server answered.
(function () {
  function draftOf(form) {
    var values = {};
    Array.prototype.forEach.call(form.elements, function (element) {
      if (!element.name || element.name === "_csrf" || element.type === "submit" || element.type === "hidden" && element.name !== "clientId") {
        return;
      }
      if (element.type === "checkbox" || element.type === "radio") {
        values[element.name] = values[element.name] || [];
        if (element.checked) {
          values[element.name].push(element.value);
        }
      }
      else {
        values[element.name] = element.value;
      }
    });
    return values;
  }
  function restore(form, values) {
    Array.prototype.forEach.call(form.elements, function (element) {
      if (!element.name || !(element.name in values)) {
        return;
      }
      var value = values[element.name];
      if (element.type === "checkbox" || element.type === "radio") {
        element.checked = Array.isArray(value) && value.indexOf(element.value) >= 0;
      }
      else if (element.name !== "_csrf") {
        element.value = value;
      }
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("[data-draft-done]"), function (done) {
      sessionStorage.removeItem("desa-sadar.draft." + done.getAttribute("data-draft-done"));
    });
    Array.prototype.forEach.call(document.querySelectorAll("form[data-draft]"), function (form) {
      var key = "desa-sadar.draft." + form.getAttribute("data-draft");
      try {
        var kept = JSON.parse(sessionStorage.getItem(key) || "null");
        if (kept && form.hasAttribute("data-draft-restore")) {
          restore(form, kept);
          form.dispatchEvent(new Event("change", { bubbles: true }));
        }
      }
      catch (e) {
        sessionStorage.removeItem(key);
      }
      var save = function () {
        sessionStorage.setItem(key, JSON.stringify(draftOf(form)));
      };
      form.addEventListener("input", save);
      form.addEventListener("change", save);
    });
  });
})();

// Signing out: the booth's registrations not sent yet are personal data kept on this phone. Warn first; when the
// officer goes on, they are deleted from the phone with the booth pages it kept, and so is any draft.
document.addEventListener("DOMContentLoaded", function () {
  var logout = document.getElementById("logout");
  var form = logout && logout.form;
  if (!form) {
    return;
  }
  form.addEventListener("submit", function (event) {
    var unsent = Number(localStorage.getItem("desa-sadar.queue.count") || 0);
    if (unsent > 0 && !window.confirm(form.getAttribute("data-unsent-warning").replace("{0}", unsent))) {
      event.preventDefault();
      return;
    }
    event.preventDefault();
    localStorage.removeItem("desa-sadar.queue.count");
    sessionStorage.clear();
    var forgotten = [];
    if (window.DesaSadarBoothQueue) {
      // the booth holds its queue's database open: empty it through that connection
      forgotten.push(window.DesaSadarBoothQueue.clear().catch(function () {}));
    }
    else if (window.indexedDB) {
      forgotten.push(new Promise(function (done) {
        var deletion = indexedDB.deleteDatabase("desa-sadar-booth");
        deletion.onsuccess = deletion.onerror = deletion.onblocked = function () { done(); };
      }));
    }
    if (window.caches) {
      forgotten.push(caches.delete("desa-sadar-booth").catch(function () {}));
    }
    Promise.all(forgotten).finally(function () {
      form.submit();
    });
  });
});

// A form that undoes something for good (revoking an API token) asks first: its data-confirm is the question.
document.addEventListener("submit", function (event) {
  var form = event.target;
  var question = form && form.getAttribute && form.getAttribute("data-confirm");
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});
