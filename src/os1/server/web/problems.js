// Problems: one place at the top of the page says what went wrong and what to do.

import { Problem } from "./api.js";
import { $ } from "./drawing.js";

export function report(problem) {
  const fix = problem instanceof Problem ? problem.fix : "reload the page and try again";
  $("problem-message").textContent = problem.message;
  $("problem-fix").textContent = fix;
  $("problem").hidden = false;
}

export function clearProblem() {
  $("problem").hidden = true;
}

$("problem-close").addEventListener("click", clearProblem);
