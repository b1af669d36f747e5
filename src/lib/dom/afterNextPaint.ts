/**
 * Runs `callback` once the browser has painted the frame being prepared now: a task
 * queued from the next animation frame runs after that frame's paint. Returns the
 * cancel function, for an effect's cleanup.
 */
export function afterNextPaint(callback: () => void): () => void {
  let cancelled = false;
  const frame = requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      if (!cancelled) callback();
    };
    channel.port2.postMessage(null);
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
  };
}
