// The batch card: a CSV or JSON Lines file of runs → POST /api/v1/batch → one row per run in a
// table, and the server's CSV of the same rows offered back as a download (a Blob link, so it
// needs nothing but this page and its server). Helpers ($, element, dataTable, formatNumber …)
// come from app.js, which loads first.
"use strict";

// The shape of the repository's examples/runs.csv (a test keeps the two equal).
const EXAMPLE_RUNS = "name,params,tokens,examples,epochs,hardware,count,days,precision,reported-flop\n" +
  "GPT-3 175B,175B,300B,,,V100,10000,14.8,fp16,\n" +
  "Chinchilla,70B,1.4T,,,,,,,5.76e23\n" +
  "ResNet-50,25.6M,,1.28M,90,,,,,\n";

const MAX_BATCH_IN_URL = 1500; // longer batches stay out of the address bar

let batchSequence = 0;
let batchPending = null;
let batchFileName = "";
let batchDownloadURL = null;

// JSON Lines when the file says so by its name or its first character, else CSV.
function batchInput(text) {
  if (/\.(jsonl|ndjson)$/i.test(batchFileName)) return "jsonl";
  return text.trimStart().startsWith("{") ? "jsonl" : "csv";
}

async function postBatch(text, format) {
  const input = batchInput(text);
  const response = await fetch("/api/v1/batch?input=" + input + "&format=" + format, {
    method: "POST",
    headers: { "Content-Type": input === "jsonl" ? "application/jsonl" : "text/csv" },
    body: text,
  });
  return response;
}

// One table row: the name, the figure and its interval in the page's number style, the method,
// the confidence, and the summary — or the row's error in their place.
function batchRow(row) {
  const name = element("th", null, row.name || "line " + row.line);
  name.title = "line " + row.line;
  if (row.error) {
    const cell = element("td", "error", (row.error.column ? row.error.column + ": " : "") + row.error.message);
    cell.colSpan = 5;
    return [name, cell];
  }
  const figure = element("td", "figure", formatFLOP(row.total_flop));
  figure.dataset.flop = String(row.total_flop);
  return [name, figure, formatNumber(row.range.low) + " to " + formatNumber(row.range.high),
    row.method.replace(/_/g, " "), row.confidence, element("td", "prose", row.summary)];
}

function showBatch(rows, csv) {
  const box = $("bt-result");
  box.replaceChildren();
  const failed = rows.filter((row) => row.error).length;
  const count = element("p", "total", rows.length + (rows.length === 1 ? " run" : " runs") +
    (failed ? ", " + failed + " with an error" : ""));
  count.id = "bt-count";
  count.dataset.rows = String(rows.length);
  count.dataset.failed = String(failed);
  box.append(count);
  const table = dataTable("Best estimate per run (FLOP, 90 % interval)",
    ["run", "FLOP", "90 % interval", "method", "confidence", "summary"], rows.map(batchRow));
  table.id = "bt-table";
  const scroll = element("div", "table-scroll");
  scroll.append(table);
  box.append(scroll);
  if (batchDownloadURL) URL.revokeObjectURL(batchDownloadURL);
  batchDownloadURL = URL.createObjectURL(new Blob([csv], { type: "text/csv" }));
  const link = element("a", "download", "Download the table as CSV");
  link.id = "bt-download";
  link.href = batchDownloadURL;
  link.download = (batchFileName.replace(/\.[^.]*$/, "") || "runs") + "-estimates.csv";
  const line = element("p");
  line.append(link);
  box.append(line);
}

async function updateBatch() {
  const ticket = ++batchSequence;
  const text = $("bt-text").value;
  $("bt-text-error").textContent = "";
  $("bt-text").removeAttribute("aria-invalid");
  $("bt-text-url").textContent = text.length > MAX_BATCH_IN_URL
    ? "These runs are too long to keep in the address: the link holds the other cards only; keep the file." : "";
  writeURL(pageState());
  if (!text.trim()) {
    $("bt-result").replaceChildren(element("p", "pending", "Open, drop or paste runs to see one estimate per row."));
    return;
  }
  try {
    const [json, csv] = await Promise.all([postBatch(text, "json"), postBatch(text, "csv")]);
    if (ticket !== batchSequence) return;
    if (!json.ok) {
      const problem = await json.json();
      $("bt-text").setAttribute("aria-invalid", "true");
      $("bt-text-error").textContent = problem.error;
      $("bt-result").replaceChildren();
      return;
    }
    const [rows, table] = [await json.json(), await csv.text()];
    if (ticket === batchSequence) showBatch(rows, table);
  } catch (error) {
    if (ticket === batchSequence) $("bt-text-error").textContent = "The server could not be reached: " + error.message;
  }
}

async function readBatchFile(file) {
  if (!file) return;
  batchFileName = file.name;
  $("bt-text").value = await file.text();
  await updateBatch();
}

function batchState(state) {
  const text = $("bt-text").value;
  state["batch"] = text.trim() && text.length <= MAX_BATCH_IN_URL ? text : "";
  return state;
}

function startBatchCard(query) {
  if (query.has("batch")) $("bt-text").value = query.get("batch");
  const example = $("bt-example");
  example.href = "?batch=" + encodeURIComponent(EXAMPLE_RUNS);
  example.addEventListener("click", (event) => {
    event.preventDefault();
    batchFileName = "runs.csv";
    $("bt-text").value = EXAMPLE_RUNS;
    updateBatch();
  });
  $("bt-text").addEventListener("input", () => {
    batchFileName = "";
    clearTimeout(batchPending);
    batchPending = setTimeout(updateBatch, 300);
  });
  $("bt-file").addEventListener("change", () => readBatchFile($("bt-file").files[0]));
  const drop = $("bt-drop");
  drop.addEventListener("dragover", (event) => { event.preventDefault(); drop.classList.add("dragging"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("dragging"));
  drop.addEventListener("drop", (event) => {
    event.preventDefault();
    drop.classList.remove("dragging");
    readBatchFile(event.dataTransfer.files[0]);
  });
  return updateBatch();
}
