import css from './actions.css?inline';

/**
 * The actions' styles, rendered inside the sidebar's shadow root (a plain <style> stays where React puts
 * it). Kept beside the actions so the panel's own stylesheet does not grow with every feature.
 */
export function ActionsStyle() {
  return <style>{css}</style>;
}
