/** The shape of a default phrase pack: groups of phrases, each file under packs/ one language. */
export interface PackPhrase {
  title: string;
  /** 快捷编码, unique within its pack: lowercase letters as typed in the panel. */
  shortcut: string;
  body: string;
  tags: string[];
  /** 3–5 buyer questions this phrase answers, in buyers' own wording (particles, typos and all). */
  questions: string[];
}

export interface PackGroup {
  name: string;
  stage: 'presale' | 'insale' | 'aftersale' | 'general';
  phrases: PackPhrase[];
}
