import "server-only";
import { gcmOpen, gcmSeal } from "./crypto";
import { serverRecordingKey } from "./server-key";

/**
 * A running recording's data key, sealed with the server recording key (SessionRecording.uploadKey):
 * chunks arrive over minutes, possibly across a restart, and each must be encrypted — while the
 * portal's private key may be sealed with a passphrase the server does not know. So while a
 * recording runs the server can read it, as it can read the chunks it receives anyway; when the
 * recording is finished this copy is erased and only the portal's key opens the recording
 * (decision record 26).
 */
const aadOf = (recordingId: string) => Buffer.from(`lotse:upload-key:v1:${recordingId}`);

export async function sealUploadKey(dataKey: Uint8Array, recordingId: string): Promise<string> {
  return gcmSeal(await serverRecordingKey(), dataKey, aadOf(recordingId)).toString("base64");
}

export async function openUploadKey(sealed: string, recordingId: string): Promise<Buffer> {
  return gcmOpen(await serverRecordingKey(), Buffer.from(sealed, "base64"), aadOf(recordingId));
}
