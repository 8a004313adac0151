// Typed conversation over /ws/chat (the protocol is os1/server/chat_socket.py's):
// {"type": "say"} up; "ready", then "progress" while long work runs, "piece"s and a
// "reply" for each message, down;
// and "outreach" whenever the OS speaks first.
// The socket reconnects by itself if the server restarts or the network blinks.

const RETRY_MS = [500, 1000, 2000, 5000];

export class Chat {
  constructor(counters, handlers) {
    this.counters = counters;
    this.on = handlers; // ready, progress, piece, reply, outreach, error, closed
    this.socket = null;
    this.waiting = []; // messages typed before the socket was ready
    this.wanted = false;
    this.retries = 0;
  }

  connect() {
    this.wanted = true;
    if (this.socket) return;
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    const socket = new WebSocket(`${scheme}://${location.host}/ws/chat`);
    this.socket = socket;
    this.ready = false;
    socket.onmessage = (message) => this.received(JSON.parse(message.data));
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.ready = false;
      if (!this.wanted) return;
      // 1008: not signed in, or no first boot yet. Retrying will not help; the app decides.
      if (event.code === 1008) {
        this.wanted = false;
        this.on.closed(event.code);
        return;
      }
      const wait = RETRY_MS[Math.min(this.retries, RETRY_MS.length - 1)];
      this.retries += 1;
      this.on.closed(event.code);
      setTimeout(() => this.wanted && this.connect(), wait);
    };
  }

  say(text) {
    const frame = JSON.stringify({ type: "say", text });
    if (this.ready) this.socket.send(frame);
    else {
      this.waiting.push(frame);
      this.connect();
    }
    this.counters.said += 1;
  }

  received(message) {
    if (message.type === "ready") {
      this.ready = true;
      this.retries = 0;
      for (const frame of this.waiting) this.socket.send(frame);
      this.waiting = [];
      this.on.ready(message.name);
    } else if (message.type === "progress") {
      // Long work (a letter being drafted) saying what it is doing before the reply starts.
      this.counters.progress += 1;
      this.on.progress(message.text);
    } else if (message.type === "piece") {
      this.counters.pieces += 1;
      this.on.piece(message.text);
    } else if (message.type === "reply") {
      this.counters.replies += 1;
      this.on.reply(message.text, message.mood);
    } else if (message.type === "outreach") {
      // The OS speaking first: a reminder, a greeting, a check-in.
      this.counters.outreach += 1;
      this.on.outreach(message.text, message.kind);
    } else if (message.type === "error") {
      this.counters.errors += 1;
      this.on.error(message.message, message.fix);
    }
  }

  close() {
    this.wanted = false;
    this.waiting = [];
    const socket = this.socket;
    this.socket = null;
    if (socket) socket.close(1000);
  }
}
