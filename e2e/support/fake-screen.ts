// Chromium's fake screen for specs that share one (screen sharing, recording): getDisplayMedia
// resolves without a picker, with a synthetic 1280×720 screen (both flags are needed).
import { CHROMIUM_LAUNCH } from "./constants";

/**
 * The fake UI asks the camera's permissions policy (camera=() in next.config.mjs) for a screen
 * capture too, and logs a violation; a real browser asks display-capture, which Lotse allows.
 */
export const CAMERA_POLICY = /^Permissions policy violation: camera is not allowed in this document\.$/;

/** For `test.use(FAKE_SCREEN)`. */
export const FAKE_SCREEN = {
  launchOptions: {
    ...CHROMIUM_LAUNCH,
    args: [...CHROMIUM_LAUNCH.args, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"],
  },
  expectedBrowserErrors: CAMERA_POLICY,
};
