"""Charts of partnerships and of the portfolio (pyqtgraph), the panels that hold them, and
drawing them to PNG or SVG.

For the window: :class:`~partnerdesk.gui.charts.panels.IntegrationPanel` (a partnership's
"Integration" tab) and :class:`~partnerdesk.gui.charts.panels.PortfolioChartsPanel`. For
documents: :func:`~partnerdesk.gui.charts.render.render_partnership_chart` and
:func:`~partnerdesk.gui.charts.render.render_portfolio_chart`.
"""
