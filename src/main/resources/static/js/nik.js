// Desa Sadar: the NIK as typed at the booth, checked on the phone so that a mistake and a NIK that disagrees with the
// person are shown before sending, also offline. worker.Nik is the rule (domain.md, "Identity data"); this is its
// copy, and NikRulesBrowserTest compares the two over a grid of NIKs.
//
// normalised("3326 1207.0385 0001") -> "3326120703850001": spaces, dots and dashes between the groups go.
// problem(nik) -> the message key of the first thing wrong, or null.
// warnings(nik, birthDate "1985-03-12", sex "MALE", villageCode "33.26.12.2008") -> message keys; never blocking.
(function (global) {
  "use strict";

  var WOMEN = 40;

  function normalised(raw) {
    return raw == null ? "" : String(raw).trim().replace(/[\s.\-]/g, "");
  }

  function number(nik, from, to) {
    return parseInt(nik.slice(from, to), 10);
  }

  function isRealDate(year, month, day) {
    var date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }

  function problem(raw) {
    var nik = normalised(raw);
    if (nik.length !== 16) {
      return "worker.nik.length";
    }
    if (!/^\d{16}$/.test(nik)) {
      return "worker.nik.digits";
    }
    var month = number(nik, 8, 10);
    if (month < 1 || month > 12) {
      return "worker.nik.month";
    }
    var day = number(nik, 6, 8);
    if (!(day >= 1 && day <= 31) && !(day >= 41 && day <= 71)) {
      return "worker.nik.day";
    }
    // the NIK does not say the century: a date that exists in neither is no birth date (31 February)
    var yy = number(nik, 10, 12);
    var realDay = day > WOMEN ? day - WOMEN : day;
    if (!isRealDate(1900 + yy, month, realDay) && !isRealDate(2000 + yy, month, realDay)) {
      return "worker.nik.date";
    }
    if (number(nik, 12, 16) === 0) {
      return "worker.nik.serial";
    }
    return null;
  }

  function warnings(raw, birthDate, sex, villageCode) {
    var nik = normalised(raw);
    var found = [];
    if (problem(nik) !== null) {
      return found;
    }
    var day = number(nik, 6, 8);
    var female = day > WOMEN;
    if (birthDate && /^\d{4}-\d{2}-\d{2}$/.test(birthDate)) {
      var y = number(birthDate, 2, 4);
      var m = number(birthDate, 5, 7);
      var d = number(birthDate, 8, 10);
      if (d !== (female ? day - WOMEN : day) || m !== number(nik, 8, 10) || y !== number(nik, 10, 12)) {
        found.push("worker.nik.warning.birth-date-differs");
      }
    }
    if (sex && (sex === "FEMALE") !== female) {
      found.push("worker.nik.warning.sex-differs");
    }
    if (villageCode) {
      var district = nik.slice(0, 2) + "." + nik.slice(2, 4) + "." + nik.slice(4, 6);
      var code = String(villageCode).trim();
      if (code !== district && code.indexOf(district + ".") !== 0) {
        found.push("worker.nik.warning.region-differs");
      }
    }
    return found;
  }

  global.DesaSadarNik = { normalised: normalised, problem: problem, warnings: warnings };
})(window);
