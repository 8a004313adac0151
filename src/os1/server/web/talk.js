// Talking with the OS: typed over the chat socket, spoken over the voice socket, both
// into the one conversation on the page, with the panels beside (on a phone, a tab away).

import { api, useCsrf } from "./api.js";
import { Chat } from "./chat.js";
import { ConversationLog } from "./conversation-log.js";
import { $ } from "./drawing.js";
import { listenForTalking } from "./hold-to-talk.js";
import { report } from "./problems.js";
import { show } from "./screens.js";
import { Voice } from "./voice.js";

const CONTROLS = ["message", "send", "hold-to-talk", "hands-free"];

function status(text) {
  $("voice-status").textContent = text;
}

export class Talk {
  // `counters`: window.os1, which the tests read; `arrive()` asks the server where we are.
  constructor(counters, panels, arrive) {
    this.panels = panels;
    const log = (this.log = new ConversationLog(panels));
    this.chat = new Chat(counters.chat, {
      ready(name) {
        $("os-name").textContent = name;
      },
      progress(text) {
        // Shown in the bubble the reply will fill, until its first piece.
        log.writing().dataset.progress = text;
      },
      piece(text) {
        const item = log.writing();
        delete item.dataset.progress;
        item.textContent += text;
        item.scrollIntoView({ block: "end" });
      },
      reply(text, mood) {
        // What the pieces had written before the whole reply replaced it (the tests compare them).
        counters.chat.streamed = log.writing().textContent;
        log.written(text);
        if (mood) panels.showMood(mood);
      },
      outreach(text) {
        log.bubble("os first", text);
        panels.showReminders();
        panels.showOutreach();
      },
      error: (message, fix) => log.failed(message, fix),
      closed(code) {
        // A reply cut off by the connection will not come; the message may be sent again.
        if (log.reply !== null && $("send").disabled) {
          log.failed("The connection closed before the reply came", "send your message again");
        }
        if (code === 1008) arrive();
      },
    });
    this.voice = new Voice(counters.voice, {
      status,
      heard(text) {
        status(`Heard: “${text}”`);
        log.bubble("user voice", text);
      },
      speaking(text) {
        const item = log.writing();
        item.textContent += (item.textContent ? " " : "") + text;
        item.scrollIntoView({ block: "end" });
      },
      answered(text) {
        log.written(text);
        panels.showState();
      },
      error(message, fix) {
        log.failed(message, fix);
        status("");
      },
      cut: () => log.cut(),
      ended() {
        $("hold-to-talk").classList.remove("live");
        $("hands-free").setAttribute("aria-pressed", "false");
        log.dropUnbegun();
      },
    });
    this.listen();
    listenForTalking(this.voice);
  }

  listen() {
    $("composer").addEventListener("submit", (event) => {
      event.preventDefault();
      const text = $("message").value.trim();
      if (!text) return;
      this.log.bubble("user", text);
      $("message").value = "";
      $("send").disabled = true;
      this.log.writing();
      this.chat.say(text);
    });
    // Enter sends, Shift+Enter is a new line, as in every chat.
    $("message").addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        if (!$("send").disabled) $("composer").requestSubmit();
      }
    });
    $("tab-talk").addEventListener("click", () => this.setView(false));
    $("tab-panels").addEventListener("click", () => {
      this.setView(true);
      this.panels.refresh();
    });
  }

  async start(name) {
    // Typing waits for the history: drawn after a new message, it would replace it.
    for (const id of CONTROLS) $(id).disabled = true;
    show("talk");
    $("os-name").textContent = name;
    $("panel-os-name").textContent = name;
    this.panels.osName = name;
    this.chat.connect();
    await this.showHistory();
    for (const id of CONTROLS) $(id).disabled = false;
    this.panels.refresh();
    $("message").focus();
  }

  // The last few turns, so a reload does not lose the thread of the conversation.
  async showHistory() {
    try {
      const recent = await api("GET", "/api/memories?limit=20");
      $("log").replaceChildren();
      for (const turn of recent.turns) {
        this.log.bubble(turn.role === "user" ? "user" : "os", turn.text);
      }
    } catch (problem) {
      report(problem);
    }
  }

  leave() {
    this.chat.close();
    this.voice.shutdown();
    useCsrf(null);
    this.log.clear();
    $("os-name").textContent = "";
    this.panels.clear();
    this.setView(false);
  }

  // On a phone, the panels are a tab away from the conversation.
  setView(panelsShown) {
    $("talk-layout").classList.toggle("show-panels", panelsShown);
    $("tab-talk").setAttribute("aria-pressed", String(!panelsShown));
    $("tab-panels").setAttribute("aria-pressed", String(panelsShown));
  }
}
