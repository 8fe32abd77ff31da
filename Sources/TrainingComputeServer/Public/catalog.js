// The catalog card: the hardware catalog and the utilizations real runs reported, with their sources.
// Helpers ($, element, dataTable, formatNumber …) come from app.js, which loads first.
"use strict";

// ---- The catalog card ----

function sourceCell(source) {
  const cell = element("td", "source");
  const url = (source || "").match(/https?:\/\/\S+/);
  if (url) {
    const link = element("a", null, source.replace(url[0], "").replace(/[;:(),\s]+$/, "") || "source");
    link.href = url[0].replace(/[).,;]+$/, "");
    link.rel = "noopener";
    cell.append(link);
  } else {
    cell.textContent = source || "";
  }
  return cell;
}

function showCatalog() {
  const wanted = key($("hw-filter").value);
  const rows = catalog.filter((chip) => !wanted || key(chip.name).includes(wanted) ||
    (chip.aliases || []).some((alias) => key(alias).includes(wanted)) || key(chip.vendor || "").includes(wanted));
  $("hw-count").textContent = rows.length + " of " + catalog.length + " accelerators";
  const table = dataTable("Dense peak FLOP/s per chip (unrounded; sources on each row)",
    ["accelerator", "vendor", "year", "BF16", "FP16", "FP8", "TF32", "FP32", "TDP (W)", "source"],
    rows.slice(0, 200).map((chip) => {
      const name = element("th", null, chip.name);
      if (chip.notes) name.title = chip.notes;
      const peak = (precision) => {
        if (!chip.peaks || !chip.peaks[precision]) return "—";
        const cell = element("td", null, formatNumber(chip.peaks[precision]));
        cell.dataset.peak = String(chip.peaks[precision]);
        return cell;
      };
      return [name, chip.vendor || "", String(chip.release_year || ""), peak("bf16"), peak("fp16"), peak("fp8"),
        peak("tf32"), peak("fp32"), chip.tdp_watts ? String(chip.tdp_watts) : "—", sourceCell(chip.source)];
    }));
  $("hw-table").replaceChildren(table);
}

// The utilization table, where the server has one (GET /api/v1/hardware/utilization).
async function loadUtilizations() {
  try {
    const response = await fetch("/api/v1/utilization");
    if (!response.ok) return;
    const answer = await response.json();
    const runs = Array.isArray(answer) ? answer : (answer.runs || []);
    if (!runs.length) return;
    const table = dataTable("Utilization reported by real training runs (" + runs.length + ")",
      ["model", "year", "hardware", "chips", "utilization", "kind", "source"],
      runs.map((run) => [run.model, String(run.year), run.hardware, run.chips ? run.chips.toLocaleString("en-US") : "—",
        formatPercent(run.utilization), String(run.kind).toUpperCase(), sourceCell(run.source)]));
    const scroll = element("div", "table-scroll");
    scroll.id = "ut-table";
    scroll.append(table);
    $("ut-box").replaceChildren(scroll);
  } catch (error) {
    // No table on this server: the card shows the catalog alone.
  }
}
