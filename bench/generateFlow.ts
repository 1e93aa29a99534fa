// The generator lives in src/ so the app's bench mode (src/ui/bench/) can use it; src never imports bench/.
export { generateFlow, topicOfRow } from '../src/ui/bench/generateFlow';
