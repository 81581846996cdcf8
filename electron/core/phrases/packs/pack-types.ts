/** The shape of a default phrase pack: groups of phrases, each file under packs/ one language. */
export interface PackPhrase {
  title: string;
  /** 快捷编码, unique within its pack: lowercase letters as typed in the panel. */
  shortcut: string;
  body: string;
  tags: string[];
}

export interface PackGroup {
  name: string;
  stage: 'presale' | 'insale' | 'aftersale' | 'general';
  phrases: PackPhrase[];
}
