// Desa Sadar: the festival booth with the signal coming and going. Each registration is kept on the phone
// (IndexedDB, through idb-keyval) with an id made here, shown in a queue with its state, and sent by itself as the JSON
// of POST /api/v1/registrations (api.md, "Registrations") to the booth's own address, with the page's session:
// the server saves each id once, however often it is sent, so a registration whose answer was lost is simply sent
// again and answered "already saved". A registration the server accepts leaves the phone; one it refuses stays,
// with the reason and a way to correct it; a session that ended asks to sign in again here, and nothing is lost.
// After one visit the page itself opens without a network (the service worker, /sw.js).
(function () {
  "use strict";

  var booth = document.getElementById("booth");
  var form = document.getElementById("worker-form");
  if (!booth || !form || !window.DesaSadarRegistration || !window.idbKeyval) {
    return;
  }

  var COUNT_KEY = "desa-sadar.queue.count";
  var eventId = Number(booth.dataset.eventId);
  var store = idbKeyval.createStore("desa-sadar-booth", "queue");
  var registration;
  var sendingNow = {};
  var sending = false;
  var retryDelay = 5000;
  var retryTimer = null;
  var justQueued = null;

  function $(id) {
    return document.getElementById(id);
  }

  function say(key, args) {
    return registration.say(key, args);
  }

  function uuid() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    // crypto.randomUUID needs a secure context; a branch LAN on plain HTTP is not one
    var bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join("");
    return hex.slice(0, 8) + "-" + hex.slice(8, 12) + "-" + hex.slice(12, 16) + "-" + hex.slice(16, 20) + "-" + hex.slice(20);
  }

  function path(url) {
    return new URL(url, location.href).pathname;
  }

  // ---- the queue on the phone -------------------------------------------------------------------------------

  function items() {
    return idbKeyval.values(store).then(function (all) {
      return all.sort(function (a, b) { return a.queuedAt < b.queuedAt ? -1 : 1; });
    });
  }

  function put(item) {
    return idbKeyval.set(item.clientId, item, store);
  }

  function remove(clientId) {
    return idbKeyval.del(clientId, store);
  }

  function render() {
    return items().then(function (all) {
      try {
        localStorage.setItem(COUNT_KEY, String(all.length));
      }
      catch (e) {
        // no storage: the sign-out warning cannot count, the queue itself is unaffected
      }
      var section = $("booth-queue");
      section.classList.toggle("d-none", all.length === 0);
      $("booth-queue-title").textContent = say("booth.queue.count", [all.length]);
      var list = $("booth-queue-items");
      var template = $("booth-queue-item");
      list.replaceChildren.apply(list, all.map(function (item) {
        var row = template.content.firstElementChild.cloneNode(true);
        var part = function (name) { return row.querySelector("[data-part='" + name + "']"); };
        row.dataset.clientId = item.clientId;
        row.dataset.state = sendingNow[item.clientId] ? "sending" : item.state;
        part("name").textContent = item.name;
        part("state").textContent = say("booth.queue.state." + row.dataset.state);
        part("reason").textContent = item.reason || "";
        if (item.existingWorkerId) {
          part("open").href = booth.dataset.workerUrl + item.existingWorkerId;
          part("open").classList.remove("d-none");
        }
        var stuck = item.state === "refused" || item.state === "fixing";
        part("fix").classList.toggle("d-none", !stuck);
        part("fix").addEventListener("click", function () { fix(item); });
        part("remove").classList.toggle("d-none", !stuck);
        part("remove").addEventListener("click", function () {
          if (confirm(say("booth.queue.remove.confirm", [item.name]))) {
            remove(item.clientId).then(render);
          }
        });
        return row;
      }));
      return all;
    });
  }

  // ---- sending ----------------------------------------------------------------------------------------------

  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = { "Content-Type": "application/json", "Accept": "application/json" };
    if (token && header) {
      headers[header.content] = token.content;
    }
    return headers;
  }

  function offline(shown) {
    $("booth-offline").classList.toggle("d-none", !shown);
  }

  function sendUrl(item) {
    return booth.dataset.eventsUrl + item.eventId + "/booth/registrations";
  }

  function later() {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(sendAll, retryDelay);
    retryDelay = Math.min(retryDelay * 2, 60000);
  }

  // The answer of one send: "ok" (saved, by this send or an earlier one), "next" (refused: the next may pass),
  // "stop" (no network, the server unable, or signed out: the others wait too).
  function send(item, tokenRefreshed) {
    var abort = new AbortController();
    var timeout = setTimeout(function () { abort.abort(); }, 45000);
    return fetch(sendUrl(item), { method: "POST", headers: csrf(), body: JSON.stringify(item.request),
      credentials: "same-origin", signal: abort.signal, redirect: "follow" })
      .then(function (answer) {
        clearTimeout(timeout);
        offline(false);
        if (answer.redirected && path(answer.url) === path(booth.dataset.loginUrl)) {
          return signInNeeded();
        }
        if (answer.status === 200 || answer.status === 201) {
          return answer.json().then(function (body) {
            retryDelay = 5000;
            return remove(item.clientId).then(function () {
              saved(body);
              return "ok";
            });
          });
        }
        return answer.json().catch(function () { return {}; }).then(function (problem) {
          if (answer.status === 401) {
            return signInNeeded();
          }
          if (answer.status === 403 && problem.code === "csrf-token" && !tokenRefreshed) {
            return freshToken().then(function (ok) { return ok ? send(item, true) : signInNeeded(); });
          }
          if (answer.status >= 500 || answer.status === 429 || answer.status === 408) {
            later();
            return "stop";
          }
          return refused(item, problem, answer.status).then(function () { return "next"; });
        });
      })
      .catch(function () {
        clearTimeout(timeout);
        // no network, or no answer in time: the server may have saved it; the same id is sent again later
        offline(true);
        later();
        return "stop";
      });
  }

  function sendAll() {
    if (sending) {
      return Promise.resolve();
    }
    sending = true;
    clearTimeout(retryTimer);
    return items().then(function (all) {
      var waiting = all.filter(function (item) { return item.state === "waiting"; });
      var next = function (index) {
        if (index >= waiting.length) {
          return Promise.resolve();
        }
        sendingNow[waiting[index].clientId] = true;
        render();
        return send(waiting[index]).then(function (result) {
          delete sendingNow[waiting[index].clientId];
          return result === "stop" ? null : next(index + 1);
        });
      };
      return next(0);
    }).finally(function () {
      sending = false;
      sendingNow = {};
      render();
    });
  }

  function problemText(problem, status) {
    var first = problem.errors && problem.errors[0];
    if (first && problem.errors.length === 1) {
      return first.message;
    }
    return problem.detail || say("booth.refused.unknown", [status]);
  }

  function refused(item, problem, status) {
    item.state = "refused";
    item.reason = problemText(problem, status);
    item.fields = {};
    (problem.errors || []).forEach(function (error) {
      item.fields[error.field] = error.message;
    });
    if (problem.code === "duplicate-nik") {
      item.fields.nik = problem.detail;
    }
    item.existingWorkerId = problem.existingWorkerId || null;
    return put(item).then(function () {
      // refused as soon as it was sent, and the officer has not started the next one: back into the form
      if (justQueued === item.clientId && pristine()) {
        fix(item);
      }
    });
  }

  function saved(body) {
    var registered = body.registration;
    var box = $("registered");
    $("registered-text").textContent = say(registered.outcome === "ALREADY_SAVED" ? "booth.registered.before"
      : "booth.registered", [registered.worker.name, registered.enrollment.programs.join(", "),
      registration.money(registered.enrollment.monthlyContribution)]);
    $("registered-open").href = booth.dataset.workerUrl + registered.workerId;
    var receipt = $("registered-receipt");
    receipt.classList.toggle("d-none", !registered.payment);
    if (registered.payment) {
      var p = registered.payment;
      $("registered-paid").textContent = say("booth.payment.paid", [registration.money(p.amount), p.months,
        receiptText(p.receiptNumber)]);
      $("registered-receipt-pdf").href = booth.dataset.receiptUrl + p.id + "/receipt.pdf?paper=slip";
      $("registered-receipt-whatsapp").href = booth.dataset.receiptUrl + p.id + "/receipt/whatsapp";
      $("paid").classList.add("d-none");
    }
    box.classList.remove("d-none");
    tally(body.tally);
  }

  function tally(t) {
    if (!t) {
      return;
    }
    $("tally-today").textContent = t.today;
    $("tally-total").textContent = t.enrollments;
    $("tally-contribution").textContent = registration.money(t.monthlyContribution);
    var programs = $("tally-programs");
    programs.replaceChildren.apply(programs, Object.keys(t.byProgram).map(function (program) {
      var span = document.createElement("span");
      span.className = "me-2 text-nowrap";
      span.textContent = say("booth.tally.program", [program, t.byProgram[program]]);
      return span;
    }));
  }

  // ---- a session that ended: sign in again on the booth itself ------------------------------------------------

  function signInNeeded() {
    return items().then(function (all) {
      return Promise.all(all.filter(function (item) { return item.state === "waiting"; }).map(function (item) {
        item.state = "signin";
        return put(item);
      }));
    }).then(function () {
      $("booth-signin").classList.remove("d-none");
      $("booth-signin-password").focus();
      return "stop";
    });
  }

  // The CSRF token of the session now (after signing in again, or when the page came from the phone's copy).
  function freshToken() {
    return fetch(booth.dataset.sessionUrl, { headers: { "Accept": "application/json" }, credentials: "same-origin" })
      .then(function (answer) {
        if (answer.status !== 200 || (answer.redirected && path(answer.url) === path(booth.dataset.loginUrl))) {
          return false;
        }
        return answer.json().then(function (session) {
          document.querySelector('meta[name="_csrf"]').content = session.csrfToken;
          document.querySelector('meta[name="_csrf_header"]').content = session.csrfHeader;
          return true;
        });
      })
      .catch(function () { return false; });
  }

  function signIn(event) {
    event.preventDefault();
    var problem = $("booth-signin-problem");
    problem.textContent = "";
    var login = booth.dataset.loginUrl;
    fetch(login, { headers: { "Accept": "text/html" }, credentials: "same-origin" })
      .then(function (page) { return page.text(); })
      .then(function (html) {
        var token = new DOMParser().parseFromString(html, "text/html").querySelector("input[name='_csrf']");
        var body = new URLSearchParams();
        body.set("username", $("booth-signin-username").value);
        body.set("password", $("booth-signin-password").value);
        if (token) {
          body.set("_csrf", token.value);
        }
        return fetch(login, { method: "POST", body: body, credentials: "same-origin", headers: { "Accept": "text/html" } });
      })
      .then(function (answer) {
        var where = new URL(answer.url);
        if (where.pathname === path(login)) {
          problem.textContent = say(where.search.indexOf("throttled") >= 0 ? "booth.signin.throttled"
            : where.search.indexOf("unavailable") >= 0 ? "booth.signin.unavailable" : "booth.signin.failed");
          return;
        }
        $("booth-signin-password").value = "";
        return freshToken().then(function () {
          $("booth-signin").classList.add("d-none");
          return items().then(function (all) {
            return Promise.all(all.filter(function (item) { return item.state === "signin"; }).map(function (item) {
              item.state = "waiting";
              return put(item);
            }));
          });
        }).then(sendAll);
      })
      .catch(function () {
        problem.textContent = say("booth.signin.offline");
      });
  }

  // ---- the first payment and its receipt number ---------------------------------------------------------------

  // This phone's own id, made once, so that the receipt numbers it holds are its own (ReceiptNumbers).
  function device() {
    var id = localStorage.getItem("desa-sadar.device");
    if (!id) {
      id = uuid();
      localStorage.setItem("desa-sadar.device", id);
    }
    return id;
  }

  // The receipt numbers this phone holds for payments taken without a signal: not personal data, kept per account.
  var stockKey = "desa-sadar.receipts." + booth.dataset.username;

  function stock() {
    try {
      return JSON.parse(localStorage.getItem(stockKey) || "[]");
    }
    catch (e) {
      return [];
    }
  }

  // Topped up from the server while there is a signal; a number given to a payment still in the queue stays out.
  function refreshStock() {
    if (!navigator.onLine) {
      return Promise.resolve();
    }
    return fetch(booth.dataset.receiptsUrl + "?device=" + encodeURIComponent(device()),
      { headers: { "Accept": "application/json" }, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (body) {
        if (!body) {
          return;
        }
        return items().then(function (all) {
          var given = all.map(function (item) { return item.receipt; });
          localStorage.setItem(stockKey, JSON.stringify(body.numbers.filter(function (n) { return given.indexOf(n) < 0; })));
        });
      })
      .catch(function () {
        // no signal after all: the numbers held stay
      });
  }

  // The next number held, taken out of the stock; null when none is left (the server numbers the receipt then).
  function takeReceipt() {
    var numbers = stock();
    var number = numbers.length > 0 ? numbers.shift() : null;
    localStorage.setItem(stockKey, JSON.stringify(numbers));
    return number;
  }

  function receiptText(number) {
    return String(number).padStart(8, "0");
  }

  function chosen(name) {
    var checked = form.querySelector("input[name='" + name + "']:checked");
    return checked ? checked.value : null;
  }

  // The months chosen and what they cost, from the same rules as the quote (js/quote.js).
  function firstPayment() {
    var months = Number(chosen("firstMonths") || 0);
    if (months === 0) {
      return { months: 0 };
    }
    return { months: months, amount: registration.amountDue(months), channel: chosen("collectedBy") || "BOOTH_CASH" };
  }

  function showAmount() {
    var part = $("first-payment-amount");
    var payment = firstPayment();
    part.textContent = payment.months === 0 ? "" : payment.amount === null ? say("booth.payment.unknown")
      : say("booth.payment.amount", [registration.money(payment.amount)]);
    var agent = $("collectorId");
    if (agent) {
      agent.disabled = payment.months === 0 || payment.channel !== "AGENT";
    }
  }

  // ---- the form ---------------------------------------------------------------------------------------------

  var draftKey = "desa-sadar.draft." + eventId;
  var blankFields = {};
  Array.prototype.forEach.call(form.querySelectorAll("[id$='-field'], #plan"), function (part) {
    blankFields[part.id] = part.cloneNode(true);
  });

  // The form blank again for the next person, as the page was loaded: a field the server's check swapped (htmx)
  // comes back from the copy kept at load, since resetting it would bring back what its answer held.
  function blankForm() {
    form.reset();
    Object.keys(blankFields).forEach(function (id) {
      var live = $(id);
      if (live) {
        var fresh = blankFields[id].cloneNode(true);
        live.replaceWith(fresh);
        if (window.htmx) {
          htmx.process(fresh);
        }
      }
    });
    form.elements.namedItem("clientId").value = uuid();
    registration.clearProblems();
    registration.quote();
    var list = $("nik-warnings");
    if (list) {
      list.replaceChildren();
    }
    dirty = false;
    showAmount();
    $("nik").focus();
  }

  var dirty = false;
  function pristine() {
    return !dirty;
  }

  function setValue(name, value) {
    var fields = form.querySelectorAll("[name='" + name + "']");
    Array.prototype.forEach.call(fields, function (element) {
      if (element.type === "radio") {
        element.checked = element.value === value;
      }
      else if (element.type === "checkbox") {
        element.checked = Array.isArray(value) ? value.indexOf(element.value) >= 0 : value === true || value === element.value;
      }
      else {
        element.value = value == null ? "" : value;
      }
    });
  }

  function fill(request) {
    var w = request.worker;
    ["nik", "name", "birthDate", "sex", "phone", "villageCode", "occupation", "sector", "villageRole"].forEach(function (name) {
      setValue(name, w[name]);
    });
    setValue("monthlyIncome", w.monthlyIncome == null ? "" : String(w.monthlyIncome));
    setValue("consent", w.consent === true);
    setValue("programs", request.enrollment.programs);
    setValue("payer", request.enrollment.payer);
    form.elements.namedItem("clientId").value = request.clientId;
    registration.quote();
  }

  function fix(item) {
    fill(item.request);
    item.state = "fixing";
    put(item).then(render);
    registration.showProblems(item.fields || {});
    dirty = true;
  }

  function saveDraft() {
    dirty = true;
    try {
      var v = registration.values();
      v.clientId = form.elements.namedItem("clientId").value;
      sessionStorage.setItem(draftKey, JSON.stringify(v));
    }
    catch (e) {
      // no storage: the draft is only what the page shows
    }
  }

  function restoreDraft() {
    try {
      var draft = JSON.parse(sessionStorage.getItem(draftKey) || "null");
      if (draft && draft.worker) {
        fill({ clientId: draft.clientId || uuid(), worker: draft.worker, enrollment: draft.enrollment });
        dirty = true;
        return true;
      }
    }
    catch (e) {
      // a draft that cannot be read is dropped
    }
    return false;
  }

  function queue(event) {
    event.preventDefault();
    var enrolledOn = registration.today();
    var found = registration.problems(enrolledOn);
    if (Object.keys(found).length > 0) {
      registration.showProblems(found);
      return;
    }
    var payment = firstPayment();
    if (payment.months > 0 && payment.amount === null) {
      found.firstMonths = say("booth.payment.unknown");
      registration.showProblems(found);
      return;
    }
    var v = registration.values();
    var clientId = form.elements.namedItem("clientId").value || uuid();
    v.enrollment.eventId = eventId;
    v.enrollment.enrolledOn = enrolledOn;
    var request = { clientId: clientId, worker: v.worker, enrollment: v.enrollment };
    var item = { clientId: clientId, eventId: eventId, queuedAt: new Date().toISOString(), state: "waiting",
      name: v.worker.name, request: request };
    if (payment.months > 0) {
      if (payment.channel === "AGENT" && $("collectorId")) {
        v.enrollment.agentId = Number($("collectorId").value);
      }
      // the number is given now, on the spot, and stays the payment's after the sync
      item.receipt = takeReceipt();
      request.payment = { paidOn: enrolledOn, months: payment.months, amount: payment.amount, channel: payment.channel,
        receiptNumber: item.receipt };
    }
    put(item).then(function () {
      justQueued = clientId;
      sessionStorage.removeItem(draftKey);
      blankForm();
      $("registered").classList.add("d-none");
      var paid = $("paid");
      paid.classList.toggle("d-none", payment.months === 0);
      paid.textContent = payment.months === 0 ? "" : say("booth.payment.paid", [registration.money(payment.amount),
        payment.months, item.receipt === null ? "\u2026" : receiptText(item.receipt)]);
      return render();
    }).then(sendAll).then(refreshStock);
  }

  // ---- an event of another day: confirmed once before the first registration ----------------------------------

  function dateConfirmed() {
    return booth.dataset.eventToday !== "false"
      || sessionStorage.getItem("desa-sadar.date-ok." + eventId + "." + registration.today()) === "yes";
  }

  function guardDate() {
    var check = $("booth-date-check");
    if (!check) {
      return;
    }
    var ok = dateConfirmed();
    form.classList.toggle("d-none", !ok);
    check.classList.toggle("d-none", ok);
    $("booth-date-confirm").classList.remove("d-none");
  }

  // ---- the page kept on the phone -----------------------------------------------------------------------------

  // The page as it came from the server, before this script changes it: kept on the phone at the first visit, when
  // the service worker did not have it in hand yet, instead of downloading it a second time.
  var asServed = null;

  function keepOffline() {
    if (!("serviceWorker" in navigator) || !booth.dataset.swUrl) {
      return;
    }
    // its imports come from the browser's cache (their folder names their version); the worker itself is asked again
    navigator.serviceWorker.register(booth.dataset.swUrl, { scope: booth.dataset.swScope })
      .then(function () { return navigator.serviceWorker.ready; })
      .then(function (ready) {
        if (navigator.serviceWorker.controller) {
          // the worker had this page in hand already, and kept it as it came
          return;
        }
        // the first visit, fetched before the worker took over: the page kept as served, and the worker asked to
        // keep what it loaded (from the browser's cache: content-hashed addresses), so that the next visit opens
        // without a network
        caches.open("desa-sadar-booth").then(function (cache) {
          return cache.put(location.href, new Response(asServed, { headers: { "Content-Type": "text/html;charset=UTF-8",
            "Date": new Date().toUTCString() } }));
        });
        var urls = performance.getEntriesByType("resource").map(function (entry) {
          return entry.name;
        }).filter(function (url) {
          return new URL(url).origin === location.origin && /^\/(css|js|webjars)\//.test(new URL(url).pathname);
        });
        if (ready.active) {
          ready.active.postMessage({ type: "CACHE_URLS", payload: { urlsToCache: urls } });
        }
      })
      .catch(function () {
        // no service worker (plain HTTP on a LAN, an old browser): the queue still works while the page is open
      });
  }

  // signing out (js/app.js) empties the queue through this page's connection to it
  window.DesaSadarBoothQueue = { clear: function () { return idbKeyval.clear(store); } };

  document.addEventListener("DOMContentLoaded", function () {
    asServed = "<!DOCTYPE html>\n" + document.documentElement.outerHTML;
    registration = DesaSadarRegistration.bind(form);
    form.addEventListener("submit", queue);
    $("first-payment").classList.remove("d-none");
    form.addEventListener("input", showAmount);
    form.addEventListener("change", showAmount);
    showAmount();
    refreshStock();
    form.addEventListener("input", saveDraft);
    form.addEventListener("change", saveDraft);
    $("booth-queue-send").addEventListener("click", function () {
      retryDelay = 5000;
      sendAll();
    });
    $("booth-signin").addEventListener("submit", signIn);
    var confirmButton = $("booth-date-confirm");
    if (confirmButton) {
      confirmButton.addEventListener("click", function () {
        sessionStorage.setItem("desa-sadar.date-ok." + eventId + "." + registration.today(), "yes");
        guardDate();
        $("nik").focus();
      });
    }
    guardDate();
    if (!restoreDraft()) {
      form.elements.namedItem("clientId").value = uuid();
    }
    window.addEventListener("online", function () {
      sendAll();
      refreshStock();
    });
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "visible") {
        sendAll();
      }
    });
    setInterval(function () {
      items().then(function (all) {
        if (all.some(function (item) { return item.state === "waiting"; })) {
          sendAll();
        }
      });
    }, 30000);
    render().then(sendAll);
    keepOffline();
  });
})();
