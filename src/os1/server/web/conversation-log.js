// The conversation on the page: a bubble for each message, and the OS's reply written
// into its bubble as it comes (typed or spoken).

import { $ } from "./drawing.js";

export class ConversationLog {
  constructor(panels) {
    this.panels = panels;
    this.reply = null; // the OS's bubble being written
  }

  bubble(kind, text) {
    const item = document.createElement("li");
    item.className = `bubble ${kind}`;
    item.textContent = text;
    $("log").append(item);
    item.scrollIntoView({ block: "end" });
    return item;
  }

  writing() {
    if (this.reply === null) {
      this.reply = this.bubble("os", "");
      this.reply.setAttribute("aria-busy", "true");
    }
    return this.reply;
  }

  written(text) {
    const item = this.writing();
    delete item.dataset.progress;
    item.textContent = text;
    item.removeAttribute("aria-busy");
    this.reply = null;
    $("send").disabled = false;
    this.panels.showMemories(this.panels.query);
    this.panels.showReminders();
  }

  failed(message, fix) {
    if (this.reply !== null) {
      this.reply.remove();
      this.reply = null;
    }
    const item = this.bubble("failed", message);
    item.append(document.createElement("br"), document.createTextNode(`What to do: ${fix}`));
    $("send").disabled = false;
  }

  // The person spoke again before the reply was whole: it stays as far as it got.
  cut() {
    if (this.reply !== null) {
      if (this.reply.textContent === "") this.reply.remove();
      else this.reply.removeAttribute("aria-busy");
      this.reply = null;
    }
  }

  // Talking ended: a reply that never began is not waited for.
  dropUnbegun() {
    if (this.reply !== null && this.reply.textContent === "") {
      this.reply.remove();
      this.reply = null;
    }
  }

  clear() {
    this.reply = null;
    $("log").replaceChildren();
  }
}
