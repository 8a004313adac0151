// First boot: the questions one at a time, as the terminal asks them; then the OS names
// itself.

import { api } from "./api.js";
import { $ } from "./drawing.js";
import { report } from "./problems.js";
import { show } from "./screens.js";

export class Interview {
  constructor(handlers) {
    this.on = handlers; // arrive() to ask the server where we are, talk(name) to start talking
    this.questions = [];
    this.at = 0;
    this.answers = {};
    $("interview-form").addEventListener("submit", (event) => {
      event.preventDefault();
      this.answer($("interview-answer").value.trim());
    });
    $("interview-skip").addEventListener("click", () => this.answer(""));
    $("start-talking").addEventListener("click", () => this.on.talk($("chosen-name").textContent));
  }

  async start() {
    show("interview");
    $("os-name").textContent = "";
    $("interview-form").hidden = false;
    $("interview-choosing").hidden = true;
    $("interview-named").hidden = true;
    this.answers = {};
    this.at = 0;
    try {
      this.questions = await api("GET", "/api/interview");
    } catch (problem) {
      report(problem);
      return;
    }
    this.ask();
  }

  ask() {
    const question = this.questions[this.at];
    $("interview-progress").textContent = `${this.at + 1} of ${this.questions.length}`;
    $("interview-question").textContent = question.ask;
    $("interview-label").textContent = question.ask;
    $("interview-answer").value = "";
    $("interview-answer").focus();
  }

  async answer(text) {
    const question = this.questions[this.at];
    this.answers[question.key] = text;
    // Once the person has a name, the questions after it greet them by it.
    if (question.key === "user_name" && text) {
      try {
        this.questions = await api("GET", `/api/interview?name=${encodeURIComponent(text)}`);
      } catch (problem) {
        report(problem);
        return;
      }
    }
    this.at += 1;
    if (this.at < this.questions.length) this.ask();
    else this.chooseName();
  }

  async chooseName() {
    $("interview-form").hidden = true;
    $("interview-choosing").hidden = false;
    try {
      const persona = await api("POST", "/api/interview", this.answers);
      $("interview-choosing").hidden = true;
      $("chosen-name").textContent = persona.name;
      $("chosen-introduction").textContent = persona.introduction;
      $("interview-named").hidden = false;
      $("os-name").textContent = persona.name;
      $("start-talking").focus();
    } catch (problem) {
      report(problem);
      // Already named (another tab finished first): go and talk.
      if (problem.status === 400) this.on.arrive();
    }
  }
}
