// Desa Sadar: what a month of contributions costs, computed on the phone from the stored rules, so that the booth
// quotes the same amount offline as the server charges (contribution.RateTable is the rule, its class comment the exact
// algorithm, step by step; this is its copy, for the same rows: contribution.RuleBook, sent with the page). OfflineQuoteBrowserTest compares the two over a grid
// of cases at the edges (income brackets, discount periods, public-budget payers, wage earners' caps).
//
// quote(rules, request) -> {date, incomeBase, monthlyContribution, breakdown: {JKK: ...}, adjustments: [{program,
// rule, amount}], warnings: [...]}, or throws {code} where the server answers a problem (rate-unknown).
// request: {date: "2026-11-22", segment, monthlyIncome (whole Rupiah), programs: ["JKK", ...], sector, payer,
// employerSize, riskClass}. Dates are ISO text, compared as text.
(function (global) {
  "use strict";

  // Validity: from included, to excluded, open-ended without an end (contribution.Validity).
  function covers(from, to, date) {
    return date >= from && (to == null || date < to);
  }

  // percent% of amount, rounded half up to the Rupiah (contribution.Rupiah), in exact integer arithmetic: the
  // percent is stored text with at most four decimals ("0.24", "99"), so amount * percent * 10^4 / 10^6.
  function percentOf(amount, percent) {
    var parts = String(percent).split(".");
    var decimals = (parts[1] || "").padEnd(4, "0").slice(0, 4);
    var scaled = BigInt(parts[0] + decimals);
    var product = BigInt(amount) * scaled;
    var divisor = BigInt(1000000);
    return Number((product * BigInt(2) + divisor) / (divisor * BigInt(2)));
  }

  function compare(a, b) {
    return Number(a) - Number(b);
  }

  // Step 1 of RateTable's comment, the income base. PU: the wage. BPU: the base of the bracket in force that holds the
  // income; with no bracket in force, the income itself (warning); above every bracket in force, the top bracket's
  // base; between two brackets (one not known yet), the income but never more than the top base (warning).
  function incomeBase(rules, request, warnings) {
    if (request.segment === "PU") {
      return request.monthlyIncome;
    }
    var income = request.monthlyIncome;
    var inForce = rules.brackets.filter(function (b) {
      return b.segment === request.segment && covers(b.validFrom, b.validTo, request.date);
    });
    var holding = inForce.filter(function (b) {
      return income >= b.minIncome && (b.maxIncome == null || income <= b.maxIncome);
    });
    if (holding.length > 1) {
      throw { code: "income-brackets-overlap" };
    }
    if (holding.length === 1) {
      return holding[0].base;
    }
    if (inForce.length === 0) {
      warnings.push("income-bracket-unknown");
      return income;
    }
    var top = inForce.reduce(function (a, b) { return b.minIncome > a.minIncome ? b : a; });
    if (inForce.every(function (b) { return b.maxIncome != null && income > b.maxIncome; })) {
      return top.base;
    }
    warnings.push("income-bracket-unknown");
    return Math.min(income, top.base);
  }

  // Step 2b, the program's wage cap (JP): the cap in force; past the last known one, the latest that ended before the
  // day, and before the first, none; both with a warning. Programs without caps: the base.
  function cappedBase(rules, program, base, request, warnings) {
    var ofProgram = rules.caps.filter(function (c) { return c.program === program; });
    if (ofProgram.length === 0) {
      return base;
    }
    var inForce = ofProgram.filter(function (c) { return covers(c.validFrom, c.validTo, request.date); });
    if (inForce.length > 1) {
      throw { code: "wage-caps-overlap" };
    }
    if (inForce.length === 1) {
      return Math.min(base, inForce[0].cap);
    }
    if (warnings.indexOf("wage-cap-unknown") < 0) {
      warnings.push("wage-cap-unknown");
    }
    var ended = ofProgram.filter(function (c) { return c.validTo != null && c.validTo <= request.date; });
    if (ended.length === 0) {
      return base;
    }
    var latest = ended.reduce(function (a, b) { return b.validFrom > a.validFrom ? b : a; });
    return Math.min(base, latest.cap);
  }

  // A rate for the risk class wins over one for any class.
  function rateFor(rules, program, request) {
    var applying = rules.rates.filter(function (r) {
      return r.program === program && r.segment === request.segment && covers(r.validFrom, r.validTo, request.date)
        && (r.riskClass == null || r.riskClass === request.riskClass);
    });
    var specific = applying.filter(function (r) { return r.riskClass != null; });
    var candidates = specific.length > 0 ? specific : applying;
    if (candidates.length !== 1) {
      throw { code: candidates.length === 0 ? "rate-unknown" : "rates-overlap", program: program };
    }
    return candidates[0];
  }

  // Discounts go by contribution month; a program gets at most one, the largest (contribution.Discount).
  function discountFor(rules, program, request) {
    var month = request.date.slice(0, 7) + "-01";
    var publicBudget = rules.publicBudgetPayers.indexOf(request.payer) >= 0;
    var best = null;
    rules.discounts.forEach(function (d) {
      var sector = d.sectorScope === "ALL" || (d.sectorScope === "ONLY") === (d.sectors.indexOf(request.sector) >= 0);
      if (d.segment === request.segment && d.programs.indexOf(program) >= 0 && month >= d.firstMonth
          && month <= d.lastMonth && sector && !(d.publicBudgetExcluded && publicBudget)
          && (best === null || compare(d.percent, best.percent) > 0)) {
        best = d;
      }
    });
    return best;
  }

  function quote(rules, request) {
    var warnings = [];
    var base = incomeBase(rules, request, warnings);
    var breakdown = {};
    var adjustments = [];
    var total = 0;
    rules.programOrder.filter(function (p) { return request.programs.indexOf(p) >= 0; }).forEach(function (program) {
      var rate = rateFor(rules, program, request);
      var due = rate.kind === "FLAT" ? rate.amount : percentOf(cappedBase(rules, program, base, request, warnings), rate.percent);
      var discount = discountFor(rules, program, request);
      if (discount) {
        var off = percentOf(due, discount.percent);
        adjustments.push({ program: program, rule: discount.rule, regulation: discount.regulation, amount: -off,
          percent: discount.percent });
        due -= off;
      }
      breakdown[program] = due;
      total += due;
    });
    return { date: request.date, incomeBase: base, monthlyContribution: total, breakdown: breakdown,
      adjustments: adjustments, warnings: warnings };
  }

  // What months contribution months from firstMonth ("2026-11") cost together, each quoted at its first day.
  function amountDue(rules, request, firstMonth, months) {
    var year = Number(firstMonth.slice(0, 4));
    var month = Number(firstMonth.slice(5, 7));
    var due = 0;
    for (var i = 0; i < months; i++) {
      var m = month - 1 + i;
      var date = (year + Math.floor(m / 12)) + "-" + String(m % 12 + 1).padStart(2, "0") + "-01";
      due += quote(rules, Object.assign({}, request, { date: date })).monthlyContribution;
    }
    return due;
  }

  global.DesaSadarQuote = { quote: quote, amountDue: amountDue, percentOf: percentOf };
})(window);
