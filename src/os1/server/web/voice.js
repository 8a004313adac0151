// Talking by voice over /ws/voice (the protocol is os1/voice/websocket.py's):
// the microphone goes up as 16 kHz 16-bit PCM while the person talks; the OS's
// phrases come down as 24 kHz 16-bit PCM, each after its "speaking" event, and
// play in order. One connection is one stretch of talking: hold-to-talk opens
// it on press and says "end" on release; hands-free keeps it open until turned off.

const LEAD_S = 0.05; // a phrase starts this far ahead, so its start is never in the past

export class Voice {
  constructor(counters, handlers) {
    this.counters = counters;
    this.on = handlers; // status, heard, speaking, answered, error, ended, cut
    this.context = null;
    this.socket = null;
    this.microphone = null;
    this.source = null;
    this.capture = null;
    this.sink = null;
    this.unsent = [];
    this.ending = false;
    this.playhead = 0;
    this.playing = new Set();
    this.pendingPhrase = null;
    this.outRate = 24000;
    this.answering = false; // heard, and the reply not yet whole
  }

  get listening() {
    return this.socket !== null && !this.ending;
  }

  async start() {
    if (this.listening) return;
    this.dropPlayback(); // the person talking again: they are not listening to the old reply
    if (this.socket !== null) {
      // The last turn's reply is still coming: leaving its connection stops it (the protocol).
      const old = this.socket;
      this.socket = null;
      old.close(1000);
      this.answering = false;
      this.on.cut();
    }
    this.ending = false;
    this.unsent = [];
    this.on.status("Listening…");
    // Both now, while the press is still a user gesture: browsers start audio only then.
    const context = this.ensureContext();
    const socket = this.open();
    try {
      await context.resume();
      if (!this.workletLoaded) {
        await context.audioWorklet.addModule("/static/capture-worklet.js");
        this.workletLoaded = true;
      }
      const microphone = await navigator.mediaDevices.getUserMedia({
        audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true, autoGainControl: true },
      });
      if (this.socket !== socket || this.ending) {
        // Let go before the microphone was ready: nothing to record.
        microphone.getTracks().forEach((track) => track.stop());
        return;
      }
      this.attach(context, microphone);
    } catch (error) {
      this.fail(
        error.name === "NotAllowedError" ? "The microphone is not allowed" : `The microphone did not start (${error.message})`,
        error.name === "NotAllowedError"
          ? "allow this page to use the microphone (the icon in the address bar), or type instead"
          : "check that a microphone is connected, or type instead",
      );
    }
  }

  // The person let go (or turned hands-free off): what was said is sent, then "end".
  async finish() {
    if (this.socket === null || this.ending) return;
    this.ending = true;
    // Unless the reply is already on its way (a pause while holding ended the turn).
    if (!this.answering && this.playing.size === 0) this.on.status("Thinking…");
    await this.flush();
    this.detach();
    this.sendEnd();
  }

  ensureContext() {
    if (this.context === null) {
      this.context = new AudioContext({ latencyHint: "interactive" });
      this.counters.contextRate = this.context.sampleRate;
    }
    return this.context;
  }

  open() {
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    const socket = new WebSocket(`${scheme}://${location.host}/ws/voice`);
    socket.binaryType = "arraybuffer";
    socket.onopen = () => {
      for (const chunk of this.unsent) this.sendAudio(socket, chunk);
      this.unsent = [];
      if (this.ending) this.sendEnd();
    };
    socket.onmessage = (message) => this.received(message.data);
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.detach();
      // 1000 is the server's "done" after an end; anything else cut the conversation short.
      if (event.code !== 1000 && !this.failed) {
        this.on.error(
          event.code === 1008 ? "Voice needs you signed in, and your OS awake" : "The voice connection closed",
          event.code === 1008 ? "reload the page and sign in" : "check that os1 serve is still running, then try again",
        );
      }
      this.failed = false;
      this.on.ended();
      if (this.playing.size === 0) this.on.status("");
    };
    this.socket = socket;
    this.failed = false;
    return socket;
  }

  attach(context, microphone) {
    this.microphone = microphone;
    this.source = context.createMediaStreamSource(microphone);
    this.capture = new AudioWorkletNode(context, "os1-capture", { numberOfOutputs: 1 });
    this.capture.port.onmessage = (message) => this.captured(message.data);
    // Connected through silence to the output, so the browser keeps pulling audio through it.
    this.sink = context.createGain();
    this.sink.gain.value = 0;
    this.source.connect(this.capture).connect(this.sink).connect(context.destination);
  }

  detach() {
    if (this.microphone) this.microphone.getTracks().forEach((track) => track.stop());
    for (const node of [this.source, this.capture, this.sink]) if (node) node.disconnect();
    this.microphone = this.source = this.capture = this.sink = null;
  }

  flush() {
    const capture = this.capture;
    if (!capture) return Promise.resolve();
    return new Promise((resolve) => {
      const done = setTimeout(resolve, 200); // a stalled audio thread must not hold the turn
      capture.port.onmessage = (message) => {
        if (message.data === "flushed") {
          clearTimeout(done);
          resolve();
        } else {
          this.captured(message.data);
        }
      };
      capture.port.postMessage("flush");
    });
  }

  captured(buffer) {
    if (!(buffer instanceof ArrayBuffer) || buffer.byteLength === 0) return;
    const samples = new Int16Array(buffer);
    let peak = 0;
    for (const sample of samples) peak = Math.max(peak, Math.abs(sample));
    this.counters.peak = Math.max(this.counters.peak, peak / 32768);
    if (this.socket && this.socket.readyState === WebSocket.OPEN) this.sendAudio(this.socket, buffer);
    else this.unsent.push(buffer);
  }

  sendAudio(socket, buffer) {
    socket.send(buffer);
    this.counters.framesSent += 1;
    this.counters.samplesSent += buffer.byteLength / 2;
  }

  sendEnd() {
    if (this.socket && this.socket.readyState === WebSocket.OPEN) {
      this.socket.send(JSON.stringify({ type: "end" }));
    }
  }

  received(data) {
    if (data instanceof ArrayBuffer) {
      this.play(new Int16Array(data), this.pendingPhrase);
      this.pendingPhrase = null;
      return;
    }
    const event = JSON.parse(data);
    this.counters.events.push(event.type);
    if (event.type === "ready") {
      this.outRate = event.out_rate;
    } else if (event.type === "heard") {
      this.answering = true;
      this.on.heard(event.text);
    } else if (event.type === "speaking") {
      this.pendingPhrase = event;
      this.on.speaking(event.text);
      this.on.status("Speaking…");
    } else if (event.type === "stop") {
      this.counters.stops += 1;
      this.dropPlayback();
      this.on.status("Listening…");
    } else if (event.type === "answered") {
      this.answering = false;
      this.on.answered(event.text);
      if (!this.ending) this.on.status("Listening…");
    } else if (event.type === "woke") {
      this.on.status("I'm listening.");
    } else if (event.type === "error") {
      this.failed = true;
      this.on.error(event.message, event.fix);
    }
  }

  play(pcm, phrase) {
    const context = this.ensureContext();
    const buffer = context.createBuffer(1, Math.max(1, pcm.length), this.outRate);
    const channel = buffer.getChannelData(0);
    for (let i = 0; i < pcm.length; i++) channel[i] = pcm[i] / 32768;
    const source = context.createBufferSource();
    source.buffer = buffer;
    source.connect(context.destination);
    const at = Math.max(context.currentTime + LEAD_S, this.playhead);
    source.start(at);
    this.playhead = at + buffer.duration;
    this.playing.add(source);
    this.counters.phrasesQueued += 1;
    // Counted when it has played to its end on the audio clock, not when it was queued.
    source.onended = () => {
      this.playing.delete(source);
      this.counters.phrasesPlayed += 1;
      this.counters.samplesPlayed += pcm.length;
      if (phrase) this.counters.played.push(phrase.text);
      if (this.playing.size === 0 && this.socket === null) this.on.status("");
    };
  }

  dropPlayback() {
    for (const source of this.playing) {
      source.onended = null;
      source.stop();
    }
    this.playing.clear();
    this.playhead = 0;
    this.pendingPhrase = null;
  }

  fail(message, fix) {
    this.failed = true;
    this.on.error(message, fix);
    this.ending = true;
    this.detach();
    if (this.socket) this.socket.close(1000);
  }

  // Signing out: no sound, no microphone, no connection left behind.
  shutdown() {
    this.dropPlayback();
    this.ending = true;
    this.detach();
    const socket = this.socket;
    this.socket = null;
    if (socket) socket.close(1000);
  }
}
