// The best-estimate card: any facts → POST /api/v1/estimate → one figure, its interval, method and confidence.
// Helpers ($, element, dataTable, formatNumber …) come from app.js, which loads first.
"use strict";

// ---- The best-estimate card ----

let bestSequence = 0;
let bestPending = null;

function bestRequest() {
  const body = {};
  for (const field of BEST_FIELDS) {
    const value = $("be-" + field).value.trim();
    if (value) body[field] = field === "utilization" ? value.replace(/%$/, "") + "%" : value;
  }
  return Object.keys(body).length ? body : null;
}

function bestInputFor(field) {
  return BEST_FIELDS.includes(field) ? "be-" + field : ({ hours: "be-time", days: "be-time" }[field] || null);
}

function showBest(answer) {
  const box = $("be-result");
  box.replaceChildren();
  const headline = element("p", "headline");
  const flop = element("output", "flop big", formatFLOP(answer.total_flop));
  flop.id = "be-flop";
  flop.dataset.flop = String(answer.total_flop);
  flop.dataset.low = String(answer.range.low);
  flop.dataset.high = String(answer.range.high);
  const badge = element("span", "badge " + String(answer.confidence).toLowerCase(), answer.confidence);
  badge.id = "be-confidence";
  badge.title = answer.confidence_meaning || "";
  headline.append(flop, badge);
  const gpuHours = answer.estimate ? chipHoursExtras(answer.estimate).beside : [];
  headline.append(element("span", "beside", ["90 % interval " + formatNumber(answer.range.low) + " to " +
    formatNumber(answer.range.high), formatNumber(answer.pf_days) + " PF-days"].concat(gpuHours,
    [answer.method.replace(/_/g, " ")]).join(" · ")));
  box.append(headline);
  box.append(intervalChart(answer.range.low, answer.total_flop, answer.range.high, widthOf(box)));
  box.append(element("p", null, answer.choice));
  if (answer.confidence_meaning) box.append(element("p", "help", answer.confidence + ": " + answer.confidence_meaning + "."));
  if (answer.narrowed_most_by) {
    box.append(element("p", null, "Learning the " + answer.narrowed_most_by + " would narrow the interval most."));
  }
  for (const suspect of answer.suspects || []) box.append(element("p", "warning", "⚠ Suspect: " + suspect));
  for (const warning of answer.warnings || []) box.append(element("p", "warning", "⚠ " + warning));
  if ((answer.contributions || []).length) {
    const table = dataTable("What the interval is made of",
      ["uncertain input", "share of the spread", "range (×)", "source"],
      answer.contributions.map((part) => [part.input, formatPercent(part.share),
        formatNumber(part.low, 2) + " to " + formatNumber(part.high, 2), part.source]));
    const scroll = element("div", "table-scroll");
    scroll.append(table);
    box.append(scroll);
  }
  if ((answer.unused || []).length) {
    const list = element("ul");
    for (const unused of answer.unused) list.append(element("li", null, unused.field + ": " + unused.reason));
    const details = element("details");
    details.append(element("summary", null, "Facts given but not used (" + answer.unused.length + ")"), list);
    box.append(details);
  }
  box.append(quote("Sentence for your paper", answer.summary, "the sentence"));
  if (answer.estimate) box.append(quote("Notes, database style", notesString(answer.estimate), "the notes"));
  box.append(addToLedgerControls());
  const details = element("details");
  details.append(element("summary", null, "Assumptions"));
  const list = element("ul");
  for (const assumption of answer.assumptions || []) list.append(element("li", "assumption", assumption));
  details.append(list);
  box.append(details);
}

async function updateBest() {
  const ticket = ++bestSequence;
  writeURL(pageState());
  const body = bestRequest();
  if (!body) {
    clearErrors("be");
    $("be-result").replaceChildren(element("p", "pending", "Give the facts you know to see the best estimate."));
    return;
  }
  try {
    const answer = await postCollectingErrors("estimate", body);
    if (ticket !== bestSequence) return;
    clearErrors("be");
    urlProblemsShow("be");
    if (answer.ok) showBest(answer.json);
    else showErrors("be", answer.problems, bestInputFor);
  } catch (error) {
    if (ticket === bestSequence) $("be-result").replaceChildren(element("p", "error", "The server could not be reached: " + error.message));
  }
}

function startBestCard(query) {
  for (const field of BEST_FIELDS) {
    const key = "be-" + field;
    if (!query.has(key)) continue;
    if ($(key).tagName === "SELECT") selectFromURL("be", key, field, query.get(key));
    else $(key).value = query.get(key);
  }
  const form = document.querySelector("#best form");
  form.addEventListener("input", (event) => {
    forgetURLProblem(event.target.id);
    clearTimeout(bestPending);
    bestPending = setTimeout(updateBest, 250);
  });
  form.addEventListener("submit", (event) => { event.preventDefault(); updateBest(); });
}

function bestState(state) {
  for (const field of BEST_FIELDS) state["be-" + field] = $("be-" + field).value.trim();
  return state;
}
