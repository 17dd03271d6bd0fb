public enum RelmapRenderPlaceholder {}
