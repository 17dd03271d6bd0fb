public enum RelmapGraphPlaceholder {}
