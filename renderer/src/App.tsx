/** One renderer build serves both windows; the hash decides which one this is. */
import { PanelPage } from './panel/PanelPage';
import { MainWindow } from './shell/MainWindow';
import { useHashRoute } from './shell/use-hash-route';

export function App() {
  return useHashRoute() === 'panel' ? <PanelPage /> : <MainWindow />;
}
