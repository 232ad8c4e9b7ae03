// Desa Sadar: the registration form on the phone (the booth and /workers/new). The quote is computed here from the
// rules sent with the page (js/quote.js), as soon as a program is ticked or the income typed, online or not: no
// request, so no answer can come back late and undo a choice made since. The NIK is checked as typed (js/nik.js) and
// its warnings shown before sending, without blocking. The server checks everything again when the form is sent.
//
// DesaSadarRegistration.bind(form) -> {problems(), values(), showProblems(map), clearProblems(), quote()}.
(function (global) {
  "use strict";

  function parse(text, fallback) {
    try {
      return text ? JSON.parse(text) : fallback;
    }
    catch (e) {
      return fallback;
    }
  }

  // A message pattern of the server's files filled in: {0}, and {0,number,...} as a grouped number; '' is a quote.
  function message(messages, key, args, lang) {
    var pattern = messages[key] || key;
    return pattern.replace(/\{(\d+)(,number[^}]*)?\}/g, function (all, index, number) {
      var value = args && args[Number(index)];
      if (value === undefined || value === null) {
        return "";
      }
      return number ? new Intl.NumberFormat(lang).format(value) : String(value);
    }).replace(/''/g, "'");
  }

  function money(amount, lang) {
    return "Rp" + new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(amount);
  }

  // An amount of Rupiah as people write it ("1.000.000", "Rp 1000000"), as RegistrationForm.wholeRupiah reads it.
  function wholeRupiah(text) {
    if (text == null || String(text).trim() === "") {
      return null;
    }
    var digits = String(text).trim().toLowerCase().replace(/^rp\.?/, "").replace(/[\s.,]/g, "");
    return /^\d{1,12}$/.test(digits) ? Number(digits) : NaN;
  }

  // Today where the villages are (the server's zone, Asia/Jakarta), as an ISO date.
  function today(zone) {
    return new Intl.DateTimeFormat("en-CA", { timeZone: zone || "Asia/Jakarta", year: "numeric", month: "2-digit",
      day: "2-digit" }).format(new Date());
  }

  function phoneOk(raw) {
    var compact = String(raw).replace(/[\s\u00A0\-.()]/g, "");
    var e164 = compact.indexOf("08") === 0 ? "+62" + compact.slice(1) : compact.indexOf("628") === 0 ? "+" + compact : compact;
    return /^\+628[0-9]{8,11}$/.test(e164);
  }

  function ageOn(birthDate, day) {
    var age = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
    return day.slice(5) < birthDate.slice(5) ? age - 1 : age;
  }

  function bind(form) {
    var rules = parse(form.getAttribute("data-rules"), null);
    var messages = parse(form.getAttribute("data-messages"), {});
    var maxAge = Number(form.getAttribute("data-max-age") || 65);
    var lang = document.documentElement.lang || "id";
    var zone = form.getAttribute("data-zone") || "Asia/Jakarta";

    function say(key, args) {
      return message(messages, key, args, lang);
    }

    function field(name) {
      return form.elements.namedItem(name);
    }

    function value(name) {
      var element = field(name);
      if (!element) {
        return "";
      }
      if (element instanceof RadioNodeList) {
        return element.value || "";
      }
      if (element.type === "checkbox") {
        return element.checked ? element.value : "";
      }
      return element.value || "";
    }

    function programs() {
      return Array.prototype.slice.call(form.querySelectorAll("input[name='programs']:checked")).map(function (box) {
        return box.value;
      });
    }

    // What the form says, as the JSON of a registration (api.md, "Registrations"), without the client id.
    function values() {
      var income = wholeRupiah(value("monthlyIncome"));
      var risk = wholeRupiah(value("riskClass"));
      return {
        worker: {
          nik: DesaSadarNik.normalised(value("nik")), name: value("name").trim(), birthDate: value("birthDate"),
          sex: value("sex") || null, phone: value("phone").trim() || null, villageCode: value("villageCode").trim(),
          address: value("address").trim() || null, occupation: value("occupation").trim() || null,
          segment: value("segment") || "BPU", sector: value("sector") || null,
          employerSize: value("employerSize") || null, riskClass: isNaN(risk) ? null : risk,
          monthlyIncome: isNaN(income) ? null : income, villageRole: value("villageRole") || "RESIDENT",
          consent: value("consent") === "true"
        },
        enrollment: { programs: programs(), payer: value("payer") || "SELF", sponsorName: value("sponsorName").trim() || null }
      };
    }

    // What can be told on the phone before sending, by field, in the server's words; the server checks again.
    function problems(enrolledOn) {
      var found = {};
      var v = values().worker;
      ["nik", "name", "birthDate", "sex", "sector", "monthlyIncome"].forEach(function (name) {
        if (!value(name).trim()) {
          found[name] = say("problem.field.required");
        }
      });
      if (!found.nik && DesaSadarNik.problem(v.nik)) {
        found.nik = say(DesaSadarNik.problem(v.nik));
      }
      if (!found.monthlyIncome && isNaN(wholeRupiah(value("monthlyIncome")))) {
        found.monthlyIncome = say("workers.field.whole-number");
      }
      if (v.phone && !phoneOk(v.phone)) {
        found.phone = say("worker.phone.invalid");
      }
      if (v.name.length > 120) {
        found.name = say("problem.field.too-long", [120]);
      }
      if (!found.birthDate && v.segment === "BPU" && ageOn(v.birthDate, enrolledOn || today(zone)) >= maxAge) {
        found.birthDate = say("contribution.rule.age-limit.max", [maxAge]);
      }
      if (!v.consent) {
        found.consent = say("worker.consent.required");
      }
      if (programs().length === 0) {
        found.programs = say("problem.field.required");
      }
      return found;
    }

    // A field's message beside it, as the server's form shows it (templates/workers/fields.html).
    function showProblem(name, text) {
      var error = document.getElementById(name + "-error");
      var input = document.getElementById(name) || form.querySelector("[name='" + name + "']");
      if (error) {
        var span = error.querySelector("span");
        (span || error).textContent = text || "";
        error.classList.toggle("d-block", !!text);
      }
      if (input && input.classList && input.type !== "radio") {
        input.classList.toggle("is-invalid", !!text);
        input.setAttribute("aria-invalid", text ? "true" : "false");
      }
    }

    function showProblems(found) {
      Array.prototype.forEach.call(form.querySelectorAll(".invalid-feedback[id$='-error']"), function (error) {
        showProblem(error.id.slice(0, -"-error".length), found[error.id.slice(0, -"-error".length)]);
      });
      var summary = document.getElementById("form-problems");
      if (Object.keys(found).length > 0 && !summary) {
        summary = document.createElement("div");
        summary.id = "form-problems";
        summary.className = "alert alert-danger";
        summary.setAttribute("role", "alert");
        form.insertBefore(summary, form.firstChild);
      }
      if (summary) {
        summary.textContent = say("workers.form.problems");
        summary.classList.toggle("d-none", Object.keys(found).length === 0);
      }
      var first = Object.keys(found)[0];
      var target = first && (document.getElementById(first) || form.querySelector("[name='" + first + "']"));
      if (target) {
        target.focus();
      }
    }

    function clearProblems() {
      showProblems({});
    }

    // The NIK's warnings (date, sex or district differ) as soon as the NIK, the birth date, the sex or the village
    // is known; an answer of the server's NIK check shows the same, and who holds the NIK.
    function nikWarnings() {
      var list = document.getElementById("nik-warnings");
      var v = values().worker;
      var keys = DesaSadarNik.warnings(v.nik, v.birthDate, v.sex, v.villageCode);
      if (!list) {
        var nikField = document.getElementById("nik-field");
        if (!nikField || keys.length === 0) {
          return;
        }
        list = document.createElement("ul");
        list.id = "nik-warnings";
        list.className = "list-unstyled small text-warning-emphasis mb-0";
        nikField.appendChild(list);
      }
      list.replaceChildren.apply(list, keys.map(function (key) {
        var item = document.createElement("li");
        item.textContent = say(key);
        return item;
      }));
    }

    function quoteRequest(date) {
      var v = values();
      return { date: date || today(zone), segment: v.worker.segment, monthlyIncome: v.worker.monthlyIncome,
        programs: v.enrollment.programs, sector: v.worker.sector, payer: v.enrollment.payer,
        employerSize: v.worker.employerSize, riskClass: v.worker.riskClass };
    }

    // What the `months` contribution months from this one cost (ContributionQuoter.amountDue, each month quoted on
    // its first day), or null while the form cannot be quoted.
    function amountDue(months) {
      var request = quoteRequest();
      if (!rules || !request.sector || request.monthlyIncome === null || isNaN(request.monthlyIncome)
        || request.programs.length === 0) {
        return null;
      }
      try {
        return DesaSadarQuote.amountDue(rules, request, request.date.slice(0, 7), months);
      }
      catch (e) {
        return null;
      }
    }

    function element(tag, className, text) {
      var created = document.createElement(tag);
      if (className) {
        created.className = className;
      }
      if (text !== undefined) {
        created.textContent = text;
      }
      return created;
    }

    // A row of the quote's table: what, and how much (never broken over two lines).
    function row(label, labelClass, amount, amountId) {
      var line = element("tr");
      var name = element("th", labelClass, label);
      name.setAttribute("scope", "row");
      var value = element("td", "text-end text-nowrap", amount);
      if (amountId) {
        value.id = amountId;
      }
      line.append(name, value);
      return line;
    }

    // The programs as a sentence names them (Quote.Saving.programList): "JKK dan JKM", "JKK, JKM dan JHT".
    function programList(programs) {
      return programs.length === 1 ? programs[0]
        : programs.slice(0, -1).join(", ") + " " + say("workers.quote.and") + " " + programs[programs.length - 1];
    }

    // The quote card (templates/workers/fields.html, #quote) drawn again from the quote made here.
    function quote() {
      var card = document.querySelector("#quote .card-body");
      if (!card || !rules) {
        return null;
      }
      var request = quoteRequest();
      var made = null;
      var problem = null;
      if (!request.sector || request.monthlyIncome === null || isNaN(request.monthlyIncome)) {
        problem = say("workers.quote.incomplete");
      }
      else if (request.programs.length === 0) {
        problem = say("workers.quote.no-programs");
      }
      else {
        try {
          made = DesaSadarQuote.quote(rules, request);
        }
        catch (e) {
          problem = say("contribution.rule.rate-unknown", [e.program || "", request.segment, request.date]);
        }
      }
      var title = card.querySelector(".card-title");
      var parts = [title];
      if (problem) {
        var why = element("p", "small text-muted mb-0", problem);
        why.id = "quote-problem";
        parts.push(why);
      }
      else {
        // as the page draws it (workers/fields.html, Quote.fullAmounts and savings): the full amount, each
        // regulation's saving by its name, then what to pay
        var full = {};
        Object.keys(made.breakdown).forEach(function (program) { full[program] = made.breakdown[program]; });
        var savings = [];
        made.adjustments.forEach(function (a) {
          full[a.program] -= a.amount;
          var same = savings.filter(function (s) { return s.regulation === a.regulation && s.percent === a.percent; })[0];
          if (!same) {
            same = { regulation: a.regulation, percent: a.percent, programs: [], amount: 0 };
            savings.push(same);
          }
          same.programs.push(a.program);
          same.amount -= a.amount;
        });
        var table = element("table", "table table-sm mb-2");
        var body = element("tbody");
        var fullTotal = 0;
        Object.keys(full).forEach(function (program) {
          fullTotal += full[program];
          body.appendChild(row(say("workers.program." + program), "fw-normal", money(full[program], lang), "quote-" + program));
        });
        table.appendChild(body);
        if (savings.length > 0) {
          var saved = element("tbody");
          saved.id = "quote-adjustments";
          saved.appendChild(row(say("workers.quote.full"), null, money(fullTotal, lang), "quote-full"));
          savings.forEach(function (s) {
            var line = row(say("workers.quote.saving", [s.regulation, Number(s.percent), programList(s.programs)]), "fw-normal",
              say("workers.quote.saving.amount", [s.amount]));
            line.className = "text-success";
            saved.appendChild(line);
          });
          table.appendChild(saved);
        }
        parts.push(table);
        var total = element("div", "d-flex justify-content-between fw-bold fs-5");
        var sum = element("span", "text-nowrap", money(made.monthlyContribution, lang));
        sum.id = "quote-total";
        total.append(element("span", null, say("workers.quote.total")), sum);
        parts.push(total);
        if (made.warnings.length > 0) {
          var warnings = element("ul", "list-unstyled small text-warning-emphasis mb-0 mt-2");
          made.warnings.forEach(function (w) {
            warnings.appendChild(element("li", null, say("contribution.warning." + w)));
          });
          parts.push(warnings);
        }
      }
      card.replaceChildren.apply(card, parts);
      return made;
    }

    var quoted = ["monthlyIncome", "sector", "programs", "payer", "segment", "employerSize", "riskClass"];
    var nikInputs = ["nik", "birthDate", "sex", "villageCode"];
    function changed(event) {
      if (event.target === form) {
        // the whole form changed at once (a draft restored): everything computed again
        quote();
        nikWarnings();
        return;
      }
      var name = event.target && event.target.name;
      if (quoted.indexOf(name) >= 0) {
        quote();
      }
      if (nikInputs.indexOf(name) >= 0) {
        nikWarnings();
      }
    }
    form.addEventListener("input", changed);
    form.addEventListener("change", changed);
    // a field swapped by the server's check of it (htmx) is a new element: the quote and warnings stay as computed
    document.addEventListener("htmx:afterSettle", function () {
      nikWarnings();
    });
    quote();

    return { values: values, problems: problems, showProblems: showProblems, clearProblems: clearProblems,
      quote: quote, quoteRequest: quoteRequest, amountDue: amountDue, say: say, money: function (amount) { return money(amount, lang); },
      today: function () { return today(zone); } };
  }

  global.DesaSadarRegistration = { bind: bind, message: message, wholeRupiah: wholeRupiah };

  // /workers/new binds its form itself; the booth's script binds the booth's.
  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector("form[data-rules][data-registration='page']");
    if (form) {
      bind(form);
    }
  });
})(window);
