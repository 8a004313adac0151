// The microphone, on the audio thread: mono, resampled to 16 kHz, as 16-bit PCM.
// Chunks of 40 ms go to the page, which sends them over the voice WebSocket as they come
// (the server's clock is the samples it receives, so they must flow in real time).

const TARGET_RATE = 16000;
const CHUNK = 640; // 40 ms at 16 kHz

class Capture extends AudioWorkletProcessor {
  constructor() {
    super();
    // `sampleRate` is the context's rate (often 48000 or 44100): each output sample is
    // the average of `ratio` input samples, fractions included. A box filter is a crude
    // low-pass, but speech has little above 4 kHz for it to fold back.
    this.ratio = sampleRate / TARGET_RATE;
    this.sum = 0;
    this.weight = 0;
    this.chunk = new Int16Array(CHUNK);
    this.filled = 0;
    // "flush": the person let go; send what is left, so their last word is not cut.
    this.port.onmessage = () => {
      this.port.postMessage(this.chunk.slice(0, this.filled).buffer);
      this.port.postMessage("flushed");
      this.filled = 0;
    };
  }

  emit(value) {
    const clipped = Math.max(-1, Math.min(1, value));
    this.chunk[this.filled++] = Math.round(clipped * 32767);
    if (this.filled === CHUNK) {
      this.port.postMessage(this.chunk.buffer, [this.chunk.buffer]);
      this.chunk = new Int16Array(CHUNK);
      this.filled = 0;
    }
  }

  process(inputs) {
    const channel = inputs[0] && inputs[0][0];
    if (!channel) return true;
    for (let i = 0; i < channel.length; i++) {
      let left = 1; // how much of this input sample is still to be spent
      while (left > 0) {
        const need = this.ratio - this.weight;
        if (left < need) {
          this.sum += channel[i] * left;
          this.weight += left;
          left = 0;
        } else {
          this.sum += channel[i] * need;
          this.emit(this.sum / this.ratio);
          this.sum = 0;
          this.weight = 0;
          left -= need;
        }
      }
    }
    return true;
  }
}

registerProcessor("os1-capture", Capture);
