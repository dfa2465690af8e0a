import { type RecordingStatus, recordingUploader } from "@/lib/live/recording-upload";

const TYPE = "video/webm;codecs=vp8";
const TIMESLICE_MS = 2000;

/**
 * Records the customer's screen as the agent's page receives it and uploads it chunk by chunk
 * while the share runs (lib/live/recording-upload.ts does the uploading). Loaded only when a share
 * starts in a session that records. Null when the browser cannot record this type.
 */
export function recordScreen(stream: MediaStream, url: string, onChange: (status: RecordingStatus) => void) {
  if (typeof MediaRecorder === "undefined" || !MediaRecorder.isTypeSupported(TYPE)) return null;
  const recorder = new MediaRecorder(stream, { mimeType: TYPE });
  const began = performance.now();
  const elapsed = () => Math.round(performance.now() - began);
  const halt = () => {
    if (recorder.state !== "inactive") recorder.stop();
  };
  const uploader = recordingUploader({
    url,
    contentType: TYPE,
    onChange: (status) => {
      onChange(status);
      // At the limit (or when the server stopped taking it) there is nothing more to record.
      if (status.kind === "limitReached" || status.kind === "failed" || status.kind === "off") halt();
    },
  });
  recorder.ondataavailable = (event) => {
    if (event.data.size > 0) uploader.push(event.data, elapsed());
  };
  recorder.onstop = () => void uploader.finish(elapsed());
  const onHide = () => uploader.finishNow(elapsed());
  window.addEventListener("pagehide", onHide);
  recorder.start(TIMESLICE_MS);
  return {
    /** The share ended: the last chunk goes up, then the recording is finished. */
    stop() {
      window.removeEventListener("pagehide", onHide);
      halt();
    },
  };
}
