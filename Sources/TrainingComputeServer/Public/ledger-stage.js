// From the best estimate to the compliance report: the facts of the best-estimate card become a
// stage of the ledger card (YAML, the ledger's own keys), which the server then totals and
// renders as a downloadable report. Helpers come from app.js, which loads first.
"use strict";

const STAGE_KINDS = ["pretraining", "mid-training", "fine-tuning", "rl", "synthetic-data", "merge", "base-model"];

// A YAML line `key: "value"` (a JSON string is a valid YAML double-quoted scalar).
function yamlPair(indent, name, value) {
  return indent + name + ": " + JSON.stringify(value) + "\n";
}

// The stage as YAML list item lines, from the card's facts as the API received them.
function stageYAML(name, kind, facts) {
  let text = yamlPair("  - ", "name", name) + yamlPair("    ", "kind", kind);
  for (const [field, value] of Object.entries(facts)) text += yamlPair("    ", field, value);
  return text;
}

// Appends the stage to the ledger's text, or says why it cannot: a new ledger when the box is
// empty; the end of the `stages` list when that is the ledger's last key.
function ledgerWithStage(ledger, stage) {
  if (!ledger.trim()) return "model: \"untitled model\"\nstages:\n" + stage;
  const topLevel = ledger.split("\n").filter((line) => /^[^\s#-]/.test(line));
  if (!/^stages:\s*$/.test(topLevel[topLevel.length - 1] || "")) return null;
  return ledger.replace(/\s*$/, "\n") + stage;
}

function addStage() {
  const facts = bestRequest();
  if (!facts) return;
  const kind = $("be-stage-kind").value;
  const count = ($("lg-ledger").value.match(/^\s*- name:/gm) || []).length;
  const stage = stageYAML(kind + " " + (count + 1), kind, facts);
  const ledger = ledgerWithStage($("lg-ledger").value, stage);
  if (ledger === null) {
    $("be-stage-status").textContent = "The ledger below does not end with its stages list; add this stage to it by hand:\n" + stage;
    return;
  }
  $("lg-ledger").value = ledger;
  $("be-stage-status").textContent = "Added as stage " + (count + 1) + " of the ledger below.";
  updateLedger();
  $("lg-ledger").focus({ preventScroll: true });
  $("ledger").scrollIntoView({ block: "start" });
}

// The controls under a best estimate: a stage kind and the button that adds it to the ledger.
function addToLedgerControls() {
  const box = element("div", "add-stage");
  const label = element("label", "inline", "Add to the ledger as a ");
  label.htmlFor = "be-stage-kind";
  const select = element("select");
  select.id = "be-stage-kind";
  for (const kind of STAGE_KINDS) select.append(new Option(kind + " stage", kind));
  const button = element("button", "toggle", "Add to ledger");
  button.type = "button";
  button.id = "be-add-stage";
  button.addEventListener("click", addStage);
  const status = element("p", "help", "");
  status.id = "be-stage-status";
  status.setAttribute("role", "status");
  box.append(label, select, button, status);
  return box;
}
