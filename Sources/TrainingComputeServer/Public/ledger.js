// The ledger card: POST /api/v1/report, its totals and verdicts, and the report to download.
// Helpers ($, element, dataTable, formatNumber …) come from app.js, which loads first.
"use strict";

// ---- The ledger card: POST /api/v1/report ----

let ledgerPending = null;
let ledgerSequence = 0;

function showLedgerReport(report) {
  const box = $("lg-result");
  box.replaceChildren();
  const headline = element("p", "headline");
  const value = element("output", "flop big", formatFLOP(report.cumulative_flop));
  value.id = "lg-headline";
  value.dataset.flop = String(report.cumulative_flop);
  const beside = ["cumulative training compute"];
  if (report.chip_hours) beside.push(formatNumber(report.chip_hours) + " chip-hours (GPU-hours)");
  headline.append(value, element("span", "beside", beside.join(" · ")));
  box.append(headline);
  if (report.range) box.append(intervalChart(report.range.low, report.cumulative_flop, report.range.high, widthOf(box)));
  box.append(element("p", null, "Parameter updates " + formatFLOP(report.parameter_update_flop) + ". " + report.accuracy.statement));
  if (report.forecast.notification) box.append(element("p", "warning", report.forecast.notification));
  const verdicts = element("ul");
  for (const check of report.thresholds.filter((c) => c.active)) {
    verdicts.append(element("li", null, check.regime_name + ": " + check.statement));
  }
  box.append(verdicts);
  const table = dataTable("Stages", ["stage", "kind", "FLOP", "counted"], report.stages.map((stage) => [stage.name,
    stage.kind, formatFLOP(stage.flop), stage.included_in_cumulative ? "yes" : "no: " + stage.exclusion_reason]));
  const scroll = element("div", "table-scroll");
  scroll.append(table);
  box.append(scroll);
}

async function updateLedger() {
  const ticket = ++ledgerSequence;
  writeURL(pageState());
  const text = $("lg-ledger").value;
  $("lg-ledger-error").textContent = "";
  $("lg-ledger").removeAttribute("aria-invalid");
  if (!text.trim()) {
    $("lg-result").replaceChildren(element("p", "pending", "Paste a ledger to see its totals and the verdict for each regime."));
    return;
  }
  try {
    const answer = await post("report", { ledger: text, format: "json" });
    if (ticket !== ledgerSequence) return;
    if (answer.ok) {
      showLedgerReport(answer.json);
    } else {
      $("lg-ledger").setAttribute("aria-invalid", "true");
      $("lg-ledger-error").textContent = answer.json.error;
      $("lg-result").replaceChildren();
    }
  } catch (error) {
    if (ticket === ledgerSequence) $("lg-ledger-error").textContent = "The server could not be reached: " + error.message;
  }
}

async function downloadLedgerReport() {
  const format = $("lg-format").value;
  const response = await fetch("/api/v1/report", {
    method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ ledger: $("lg-ledger").value, format }),
  });
  if (!response.ok) { $("lg-ledger-error").textContent = (await response.json()).error; return; }
  const link = document.createElement("a");
  link.href = URL.createObjectURL(await response.blob());
  link.download = "training-compute-report." + { html: "html", markdown: "md", json: "json" }[format];
  link.click();
  URL.revokeObjectURL(link.href);
}

function startLedgerFields(query) {
  if (query.has("ledger")) $("lg-ledger").value = query.get("ledger");
  $("lg-ledger").addEventListener("input", () => { clearTimeout(ledgerPending); ledgerPending = setTimeout(updateLedger, 300); });
  $("lg-download").addEventListener("click", downloadLedgerReport);
}
